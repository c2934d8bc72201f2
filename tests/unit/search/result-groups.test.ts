import { describe, expect, it } from 'vitest';
import type { Hit } from '../../../src/search/find-hits.ts';
import { keyOf, placeOfKey } from '../../../src/search/index-format.ts';
import { bestHit, countFacets, passes, textNumberOf, type HitValues } from '../../../src/search/result-groups.ts';

// Texts 0 (a-en), 1 (b-en), 2 (a-es), as the texts table labels them.
const values: HitValues[] = [
	{ language: 'en', review: 'a' },
	{ language: 'en', review: 'b' },
	{ language: 'es', review: 'a' },
];
const valuesOf = (hit: Hit) => values[textNumberOf(hit.record)]!;
const hit = (text: number, sentence: number, score = 1): Hit => ({ record: keyOf(text, sentence), positions: [0], score, language: 'en' });

describe('result groups', () => {
	it('places a key in its text', () => {
		expect([keyOf(0, 0), keyOf(0, 2), keyOf(1, 0), keyOf(2, 3)].map(placeOfKey)).toEqual([
			{ text: 0, sentence: 0 },
			{ text: 0, sentence: 2 },
			{ text: 1, sentence: 0 },
			{ text: 2, sentence: 3 },
		]);
		expect(textNumberOf(keyOf(2, 3))).toBe(2);
	});

	it('filters by facet code and counts each value as if it were selected', () => {
		const hits = [hit(0, 0), hit(1, 0), hit(2, 0), hit(2, 1)];
		expect(hits.filter((h) => passes(valuesOf(h), { language: ['es'] })).map((h) => h.record)).toEqual([keyOf(2, 0), keyOf(2, 1)]);
		const facets = { language: ['en', 'es'], review: ['a', 'b'] };
		expect(countFacets(hits, valuesOf, { language: ['es'], review: [] }, facets)).toEqual({
			counts: { language: { en: 2, es: 2 }, review: { a: 2, b: 0 } },
			exact: true,
		});
	});

	it('keeps apart reviews whose titles read alike: they filter by id', () => {
		const hits = [hit(0, 0), hit(1, 0), hit(2, 0)];
		expect(hits.filter((h) => passes(valuesOf(h), { review: ['b'] })).map((h) => h.record)).toEqual([keyOf(1, 0)]);
		expect(countFacets(hits, valuesOf, { review: [] }, { review: ['a', 'b'] }).counts).toEqual({ review: { a: 2, b: 1 } });
	});

	it('neither passes nor fails a hit whose values are not known, and counts it as unknown', () => {
		const unknown = (h: Hit): HitValues => (textNumberOf(h.record) === 1 ? { language: 'en' } : valuesOf(h));
		expect(passes({ language: 'en' }, { review: ['a'] })).toBeUndefined();
		expect(passes({ language: 'en' }, { language: ['es'], review: ['a'] })).toBe(false);
		const { counts, exact } = countFacets([hit(0, 0), hit(1, 0)], unknown, { review: [] }, { review: ['a', 'b'] });
		expect(counts).toEqual({ review: { a: 1, b: 0 } });
		expect(exact).toBe(false);
	});

	it('takes the best hit by score, the first among equals', () => {
		expect(bestHit([hit(2, 1, 1), hit(0, 1, 2), hit(1, 1, 5), hit(0, 0, 5)])!.record).toBe(keyOf(0, 0));
		expect(bestHit([])).toBeUndefined();
	});
});
