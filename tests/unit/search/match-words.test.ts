import { describe, expect, it } from 'vitest';
import type { SupportedLanguage } from '../../../src/corpus/languages.ts';
import { foldWord, stemOf } from '../../../src/search/analyze.ts';
import { formsOf, isWordOf, nameWordsOf, wordsBeginningWith } from '../../../src/search/match-words.ts';
import { wholePostings, type IndexWord } from '../../../src/search/search-index.ts';

const wordsOf = (language: SupportedLanguage, ...surfaces: string[]): IndexWord[] =>
	surfaces.map((surface) => {
		const stem = stemOf(surface, language);
		return {
			surface,
			folded: foldWord(surface),
			stem,
			foldedStem: foldWord(stem),
			language,
			sentences: 0,
			postings: wholePostings(() => []),
		};
	});
const surfaces = (words: readonly IndexWord[]) => words.map((word) => word.surface);

describe('matching a query word in one language', () => {
	const spanish = wordsOf('es', 'son', 'soñar', 'soñando', 'grúas', 'grúa', 'volando', 'móvil', 'movimiento', 'ha');
	const english = wordsOf('en', 'dream', 'dreams', 'dreamt', "hasn't", 'has', "stalin's", 'stalin', 'stalinist', 'mark', 'marks');

	it('finds a word’s forms by its stem', () => {
		expect(surfaces(formsOf('dreaming', english, 'en'))).toEqual(['dream', 'dreams']);
		expect(surfaces(formsOf('volar', spanish, 'es'))).toEqual(['volando']);
	});

	it('takes accents as optional when none are typed, and as meant when some are', () => {
		expect(surfaces(formsOf('gruas', spanish, 'es'))).toEqual(['grúas', 'grúa']);
		expect(surfaces(formsOf('soñar', spanish, 'es'))).toEqual(['soñar', 'soñando']);
		expect(surfaces(formsOf('sonar', spanish, 'es'))).toEqual(['son', 'soñar', 'soñando']);
	});

	it('never matches a word by a prefix or a part of it', () => {
		expect(surfaces(formsOf('movie', spanish, 'es'))).toEqual([]);
		expect(surfaces(formsOf("hasn't", spanish, 'es'))).toEqual([]);
		expect(surfaces(formsOf('e', spanish, 'es'))).toEqual([]);
	});

	it('tells a word of the language from a word it only has forms of', () => {
		expect(isWordOf('soñar', spanish)).toBe(true);
		// Typed without its tilde, `soñar` is still the word.
		expect(isWordOf('sonar', spanish)).toBe(true);
		expect(isWordOf('soñando', english)).toBe(false);
		expect(isWordOf('gruas', spanish)).toBe(true);
		expect(isWordOf('volar', spanish)).toBe(false);
	});

	it('matches beginnings, accents optional as typed', () => {
		expect(surfaces(wordsBeginningWith('gru', spanish))).toEqual(['grúas', 'grúa']);
		expect(surfaces(wordsBeginningWith('soñ', spanish))).toEqual(['soñar', 'soñando']);
		expect(surfaces(wordsBeginningWith('mov', spanish))).toEqual(['móvil', 'movimiento']);
	});

	it('matches a name’s word whole, or possessive, never as a stem', () => {
		expect(surfaces(nameWordsOf('stalin', english))).toEqual(["stalin's", 'stalin']);
		expect(surfaces(nameWordsOf('mark', english))).toEqual(['mark']);
	});
});
