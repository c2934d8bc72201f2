import { describe, expect, it } from 'vitest';
import { analyzerOf, foldedStemOf, foldWord, hasMarks, stemOf, surfaceOf, wordSpans, wordsOf } from '../../../src/search/analyze.ts';

describe('how words are compared', () => {
	it('finds words with their inner apostrophes, and nothing in punctuation', () => {
		const sentence = "`` you can dream , when the war is over . '' Stalin's hasn't";
		expect(wordsOf(sentence)).toEqual(['you', 'can', 'dream', 'when', 'the', 'war', 'is', 'over', "Stalin's", "hasn't"]);
		expect(wordSpans(sentence)).toHaveLength(10);
		expect(wordsOf('-- … ¡!')).toEqual([]);
	});

	it('keeps a word as the index stores it: lower-cased, composed, straight apostrophes', () => {
		expect(surfaceOf('Grúas')).toBe('grúas');
		expect(surfaceOf('Gru\u0301as')).toBe('grúas');
		expect(surfaceOf('Stalin’s')).toBe("stalin's");
	});

	it('folds accents and apostrophes away, and tells a marked word from a plain one', () => {
		expect(['grúas', 'soñar', "hasn't", 'moscú'].map(foldWord)).toEqual(['gruas', 'sonar', 'hasnt', 'moscu']);
		expect(['grúas', 'soñar', 'gruas', "hasn't"].map(hasMarks)).toEqual([true, true, false, false]);
	});

	it('stems each language with its own stemmer, keeping the marks that tell words apart', () => {
		expect(['dreaming', 'dreams', 'dream'].map((word) => stemOf(word, 'en'))).toEqual(['dream', 'dream', 'dream']);
		expect(['volar', 'volando'].map((word) => stemOf(word, 'es'))).toEqual(['vol', 'vol']);
		// Snowball's Spanish stemmer drops acute accents itself, but not the tilde of ñ.
		expect(stemOf('soñar', 'es')).not.toBe(stemOf('son', 'es'));
		expect(['grúas', 'gruas'].map((word) => foldedStemOf(word, 'es'))).toEqual(['gru', 'gru']);
		expect(stemOf("urusevsky's", 'en')).toBe(stemOf('urusevsky', 'en'));
	});

	it('never gives an empty stem, and leaves overlong words unstemmed', () => {
		expect(foldedStemOf('\u0301', 'en')).toBe('');
		const long = 'a'.repeat(5000) + 'ing';
		expect(stemOf(long, 'en')).toBe(long);
	});

	it('knows the stemming language of a language tag, and refuses one it cannot stem', () => {
		expect(analyzerOf('es-MX')).toBe('es');
		expect(analyzerOf('EN')).toBe('en');
		expect(() => analyzerOf('fr')).toThrow(/No stemmer for language “fr”/);
	});
});
