import { describe, expect, it } from 'vitest';
import { areCognates, respell } from '../../../src/truecase/cognates.ts';
import { titleCaseWords } from '../../../src/truecase/title-case.ts';
import { capitalize, caseShape, inShapeOf, looksLikeAcronym } from '../../../src/truecase/word-shape.ts';
import { wordsOf } from '../../../src/truecase/word-positions.ts';

describe('word shapes', () => {
	it.each([
		['russia', 'lower'],
		['Russia', 'capitalized'],
		['I', 'capitalized'],
		['WWII', 'upper'],
		['McCarthy', 'mixed'],
		['1957', 'lower'],
	] as const)('%s is %s', (word, shape) => expect(caseShape(word)).toBe(shape));

	it('recases without changing a letter or the length', () => {
		expect(capitalize('moscú')).toBe('Moscú');
		expect(inShapeOf('wwii', 'WWII')).toBe('WWII');
		expect(inShapeOf('mcdonald', 'McDonald')).toBe('McDonald');
		expect(inShapeOf('straße', 'STRASSE')).toHaveLength('straße'.length);
	});

	it('takes only unpronounceable words for acronyms', () => {
		expect(['wwii', 'fbi', 'bbc', 'dvd', 'nhs'].filter(looksLikeAcronym)).toHaveLength(5);
		expect(['nato', 'crane', 'street', 'spring', 'thrush', 'a', 'russia', 'w2'].filter(looksLikeAcronym)).toEqual([]);
	});

	it('title-cases as the style guides do', () => {
		expect(titleCaseWords(['ivan', 'the', 'terrible'])).toEqual(['Ivan', 'the', 'Terrible']);
		expect(titleCaseWords(['the', 'cranes', 'are', 'flying'])).toEqual(['The', 'Cranes', 'Are', 'Flying']);
		expect(titleCaseWords(['gone', 'with', 'the', 'wind'])).toEqual(['Gone', 'with', 'the', 'Wind']);
	});
});

describe('cognates', () => {
	it.each([
		['russia', 'rusia'],
		['soviet', 'sovietica'],
		['patriotic', 'patriotica'],
		['moscow', 'moscu'],
		['philosophy', 'filosofia'],
	])('%s and %s are cognates', (a, b) => expect(areCognates(respell(a), respell(b))).toBe(true));

	it.each([
		['sensations', 'sensaciones'],
		['soldiers', 'soldados'],
		['red', 'rojo'],
		['germany', 'alemania'],
	])('%s and %s are not', (a, b) => expect(areCognates(respell(a), respell(b))).toBe(false));
});

describe('word positions', () => {
	it('tells sentence starts, quotation starts and running words apart', () => {
		const sentence = "The line, “you can dream.” Stalin's 'the cranes' go";
		expect(wordsOf(sentence).map((word) => `${sentence.slice(word.start, word.end)}:${word.position}`)).toEqual([
			'The:sentence-start',
			'line:running',
			'you:quote-start',
			'can:running',
			'dream:running',
			'Stalin:sentence-start',
			's:running',
			'the:quote-start',
			'cranes:running',
			'go:running',
		]);
	});
});
