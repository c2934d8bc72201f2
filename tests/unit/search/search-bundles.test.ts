import { describe, expect, it } from 'vitest';
import { searchBundles, textsPerBundle } from '../../../src/search/search-bundles.ts';

describe('search bundles', () => {
	it('hold consecutive texts, at most so many each, and always at least one bundle', () => {
		expect(searchBundles(5, 2)).toEqual([
			{ number: 1, from: 0, to: 2 },
			{ number: 2, from: 2, to: 4 },
			{ number: 3, from: 4, to: 5 },
		]);
		expect(searchBundles(5, 2_500)).toEqual([{ number: 1, from: 0, to: 5 }]);
		expect(searchBundles(0, 2_500)).toEqual([{ number: 1, from: 0, to: 0 }]);
		expect(searchBundles(10_000, 2_500)).toHaveLength(4);
	});

	it('take their size from SEARCH_TEXTS_PER_BUNDLE, and refuse a size that is not a count', () => {
		expect(textsPerBundle({})).toBe(2_500);
		expect(textsPerBundle({ SEARCH_TEXTS_PER_BUNDLE: '3' })).toBe(3);
		expect(() => textsPerBundle({ SEARCH_TEXTS_PER_BUNDLE: '0' })).toThrow(/whole number of texts, not “0”/);
		expect(() => textsPerBundle({ SEARCH_TEXTS_PER_BUNDLE: '2.5' })).toThrow(/not “2.5”/);
	});
});
