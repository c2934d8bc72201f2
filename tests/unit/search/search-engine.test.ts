import { describe, expect, it, vi } from 'vitest';
import { wordKey } from '../../../src/search/analyze.ts';
import type { PagefindFilters, PagefindInstance, PagefindResult } from '../../../src/search/pagefind-api.ts';
import { openSearchEngine } from '../../../src/search/search-engine.ts';

interface FakeRecord {
	id: string;
	keys: string[];
	language: string;
}

/**
 * A Pagefind bundle over a few records: a query (one key) finds the records that have
 * it, filtered like Pagefind (`any` within a filter, all filters), with filter counts.
 */
function fakeBundle(records: FakeRecord[], searched: string[]): PagefindInstance {
	return {
		init: async () => {},
		preload: async () => {},
		search: async (query: string, options?: { filters?: PagefindFilters }) => {
			searched.push(query);
			const wanted = options?.filters?.['language']?.any;
			const found = records.filter((record) => record.keys.includes(query) && (!wanted || wanted.includes(record.language)));
			const counts: Record<string, number> = {};
			for (const record of found) counts[record.language] = (counts[record.language] ?? 0) + 1;
			const results: PagefindResult[] = found.map((record, i) => ({
				id: record.id,
				score: 10 - i,
				data: async () => ({
					url: `/${record.id}`,
					content: record.keys.join(' '),
					locations: [],
					meta: {},
					filters: { language: [record.language] },
				}),
			}));
			return { results, filters: { language: counts } };
		},
	};
}

describe('the search engine over several bundles', () => {
	// Pagefind's ids are only unique within a bundle: both bundles have a `und_1`.
	const first = [
		{ id: 'und_1', keys: ['enfilm'], language: 'English' },
		{ id: 'und_2', keys: ['esfilm'], language: 'Spanish' },
	];
	const second = [
		{ id: 'und_1', keys: ['enfilm'], language: 'English' },
		{ id: 'und_3', keys: ['endream'], language: 'English' },
	];

	it('searches every bundle in every language and keeps records apart across bundles', async () => {
		const searched: string[] = [];
		const bundles: Record<string, PagefindInstance> = { '/1/': fakeBundle(first, searched), '/2/': fakeBundle(second, searched) };
		const engine = await openSearchEngine(['/1/', '/2/'], ['en', 'es'], null, async (url) => bundles[url]!);
		const outcome = await engine.search('film', {});
		expect(outcome.results).toHaveLength(3);
		expect(searched.sort()).toEqual(['enfilm', 'enfilm', 'esfilm', 'esfilm']);

		const counts = await engine.countFacets(outcome, {}, { language: ['English', 'Spanish'] });
		expect(counts).toEqual({ language: { English: 2, Spanish: 1 } });
	});

	it('counts a record found under two spellings once, and the same id in another bundle apart', async () => {
		vi.stubGlobal('fetch', async () => Response.json({ people: [{ id: 'sergei-urusevsky', spellings: ['Urusevsky', 'Uresevsky'] }] }));
		const searched: string[] = [];
		const both = [{ id: 'und_1', keys: [wordKey('Urusevsky', 'en'), wordKey('Uresevsky', 'en')], language: 'English' }];
		const one = [{ id: 'und_1', keys: [wordKey('Uresevsky', 'en')], language: 'English' }];
		const bundles: Record<string, PagefindInstance> = { '/1/': fakeBundle(both, searched), '/2/': fakeBundle(one, searched) };
		const engine = await openSearchEngine(['/1/', '/2/'], ['en'], '/data/people.json', async (url) => bundles[url]!);
		const outcome = await engine.search('Urusevsky', {});
		expect(outcome.alternatives).toEqual(['Urusevsky', 'Uresevsky']);
		expect(outcome.results).toHaveLength(2);
		const counts = await engine.countFacets(outcome, {}, { language: ['English'] });
		// Pagefind counts bundle 1's record in both searches: it is counted once.
		expect(counts).toEqual({ language: { English: 2 } });
		vi.unstubAllGlobals();
	});
});
