import { describe, expect, it } from 'vitest';
import type { Hit } from '../../../src/search/find-hits.ts';
import type { IndexManifest } from '../../../src/search/index-format.ts';
import { countFacets, filterHits, orderHits, placeOf } from '../../../src/search/result-groups.ts';

const text = (id: string, review: number, language: string, first: number, sentences: number) => ({
	id,
	title: id,
	lang: language === 'English' ? 'en' : 'es',
	kind: 'original' as const,
	variant: id,
	review,
	url: `/texts/${id}/`,
	first,
	sentences,
});
const manifest: IndexManifest = {
	reviews: [
		{ id: 'a', title: 'Review A' },
		{ id: 'b', title: 'Review B' },
	],
	texts: [text('a-en', 0, 'English', 0, 3), text('b-en', 1, 'English', 3, 2), text('a-es', 0, 'Spanish', 5, 4)],
	shards: {},
};
const hit = (record: number, score: number): Hit => ({ record, positions: [0], score });

describe('result groups', () => {
	it('places a record in its text', () => {
		expect([0, 2, 3, 4, 5, 8].map((record) => placeOf(record, manifest.texts))).toEqual([
			{ text: 0, sentence: 0 },
			{ text: 0, sentence: 2 },
			{ text: 1, sentence: 0 },
			{ text: 1, sentence: 1 },
			{ text: 2, sentence: 0 },
			{ text: 2, sentence: 3 },
		]);
	});

	it('orders reviews by their best hit, then texts and sentences in order', () => {
		const hits = [hit(6, 1), hit(1, 2), hit(4, 5), hit(0, 1)];
		expect(orderHits(hits, manifest).map((h) => h.record)).toEqual([4, 0, 1, 6]);
	});

	it('filters by facet code and counts each value as if it were selected', () => {
		const hits = [hit(0, 1), hit(3, 1), hit(5, 1), hit(6, 1)];
		expect(filterHits(hits, { language: ['es'] }, manifest).map((h) => h.record)).toEqual([5, 6]);
		const facets = { language: ['en', 'es'], review: ['a', 'b'] };
		expect(countFacets(hits, { language: ['es'], review: [] }, facets, manifest)).toEqual({
			language: { en: 2, es: 2 },
			review: { a: 2, b: 0 },
		});
	});

	it('keeps apart reviews whose titles read alike: they filter by id', () => {
		const twins: IndexManifest = {
			...manifest,
			reviews: [
				{ id: 'a', title: 'Review' },
				{ id: 'b', title: 'Review' },
			],
		};
		const hits = [hit(0, 1), hit(3, 1), hit(5, 1)];
		expect(filterHits(hits, { review: ['b'] }, twins).map((h) => h.record)).toEqual([3]);
		expect(countFacets(hits, { review: [] }, { review: ['a', 'b'] }, twins)).toEqual({ review: { a: 2, b: 1 } });
	});
});
