import { describe, expect, it } from 'vitest';
import { checkNumbers, readDigits } from '../../../src/qa/checks/numbers.ts';
import { link } from './link.ts';

const numbers = (...args: Parameters<typeof link>) => checkNumbers(link(...args)).map(({ side, text }) => `${side}:${text}`);

describe('checkNumbers', () => {
	it('flags a number on one side only', () => {
		expect(numbers(['it won in 1960 and 1961'], ['ganó en 1961 y 1961'])).toEqual(['source:1960', 'target:1961']);
		expect(numbers(['three officers'], ['dos oficiales'])).toEqual(['source:three', 'target:dos']);
	});

	it('takes digits and number words for the same number', () => {
		expect(numbers(['a mere nine films'], ['nueve películas'])).toEqual([]);
		expect(numbers(['a mere nine films'], ['9 películas'])).toEqual([]);
		expect(numbers(['9 films'], ['nueve películas'])).toEqual([]);
		expect(numbers(['twenty-one days'], ['21 días'])).toEqual([]);
		expect(numbers(['a nineteen-year-old soldier'], ['un soldado de diecinueve años'])).toEqual([]);
	});

	it('matches an ordinal with its cardinal, and never flags an ordinal', () => {
		expect(numbers(['world war two'], ['la Segunda Guerra Mundial'])).toEqual([]);
		expect(numbers(['for the first time'], ['por primera vez'])).toEqual([]);
		expect(numbers(['the second day'], ['el día'])).toEqual([]);
	});

	it('reads separators, dates, ranges, ordinals and decades as each language writes them', () => {
		expect(numbers(['1,000 men, 2.5 miles'], ['1.000 hombres, 2,5 millas'])).toEqual([]);
		expect(numbers(['after 06-02-41'], ['después del 06/02/41'])).toEqual([]);
		expect(numbers(['1941-1945'], ['1941–1945'])).toEqual([]);
		expect(numbers(['the 20th congress'], ['el 20º Congreso'])).toEqual([]);
		expect(numbers(["in the 40's"], ['en los años 40'])).toEqual([]);
		expect(numbers(["in the 40's"], ['in the 1940s'], { to: 'en' })).toEqual([]);
		expect(numbers(['a 3 yr old boy'], ['a 3-year-old boy'], { to: 'en' })).toEqual([]);
	});

	it('ignores one, which is also an article', () => {
		expect(numbers(['one of the finest'], ['una de las mejores'])).toEqual([]);
		expect(numbers(['one soldier'], ['un soldado'])).toEqual([]);
	});

	it('leaves a one-sided link to the omission check', () => {
		expect(numbers(['it was 1957'], [])).toEqual([]);
	});
});

describe('readDigits', () => {
	it('normalises numbers and splits dates and ranges', () => {
		expect(readDigits('1,000')).toEqual(['1000']);
		expect(readDigits('1.000.000')).toEqual(['1000000']);
		expect(readDigits('2,5')).toEqual(['2.5']);
		expect(readDigits('06-02-41')).toEqual(['6', '2', '41']);
		expect(readDigits('١٩٥٧')).toEqual(['١٩٥٧']);
	});
});
