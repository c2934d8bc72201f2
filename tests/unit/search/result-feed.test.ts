import { beforeAll, describe, expect, it } from 'vitest';
import type { Hit } from '../../../src/search/find-hits.ts';
import { ResultFeed } from '../../../src/search/result-feed.ts';
import { textNumberOf } from '../../../src/search/result-groups.ts';
import type { SearchEngine } from '../../../src/search/search-engine.ts';
import { corpusEngine, sentenceOf } from './corpus-engine.ts';

let engine: SearchEngine;
let blocked: SearchEngine;
beforeAll(async () => {
	({ engine } = await corpusEngine());
	({ engine: blocked } = await corpusEngine(undefined, { inlineBytes: 0, blockBytes: 60 }));
});

const FACETS = { language: ['en', 'es'], kind: ['original', 'rewrite', 'translation'], review: ['a', 'b'] };

/** Every hit a feed lists, page by page. */
async function listAll(feed: ResultFeed, size = 4): Promise<Hit[]> {
	const listed: Hit[] = [];
	for (let page = await feed.page(0, size); page.length > 0; page = await feed.page(listed.length, size)) listed.push(...page);
	return listed;
}

describe('the results as listed', () => {
	it('groups hits by review, the review with the best hit first, then texts and sentences in order', async () => {
		const outcome = await engine.search('Stalin');
		const listed = await listAll(new ResultFeed(engine.index, outcome, {}));
		const reviewOf = async (hit: Hit) => (await engine.index.reviewOf(hit.record)).id;
		const reviews = await Promise.all(outcome.hits.map(reviewOf));
		const best = new Map<string, number>();
		outcome.hits.forEach((hit, i) => best.set(reviews[i]!, Math.max(best.get(reviews[i]!) ?? -Infinity, hit.score)));
		const expected = outcome.hits
			.map((hit, i) => ({ hit, review: reviews[i]! }))
			// Reviews whose best hits tie come in corpus order (review a's texts come first).
			.sort((a, b) =>
				a.review === b.review ? a.hit.record - b.hit.record : best.get(b.review)! - best.get(a.review)! || (a.review < b.review ? -1 : 1),
			)
			.map(({ hit }) => hit.record);
		expect(listed.map((hit) => hit.record)).toEqual(expected);
		expect(new Set(reviews).size).toBe(2);
	});

	it('filters by language, kind and review, and counts every value exactly once every hit is labelled', async () => {
		const outcome = await engine.search('Urusevsky');
		const selection = { language: ['es'], kind: [], review: [] };
		const feed = new ResultFeed(engine.index, outcome, selection);
		const listed = await listAll(feed);
		const texts = await Promise.all(listed.map(async (hit) => (await sentenceOf(engine, hit.record)).split(' ')[0]!));
		expect(texts.every((text) => text.endsWith('-es'))).toBe(true);
		await feed.label(8);
		expect(feed.total()).toEqual({ count: listed.length, exact: true });
		const { counts, exact } = feed.counts(FACETS);
		expect(exact).toBe(true);
		expect(counts['language']!['en']! + counts['language']!['es']!).toBe(outcome.hits.length);
		expect(counts['review']!['a']! + counts['review']!['b']!).toBe(listed.length);
		expect(feed.reviews(10).map((review) => review.id)).toEqual(['a', 'b']);

		const ranges = (await engine.index.reviewRanges(['b'])).ranges;
		const inB = new ResultFeed(engine.index, outcome, { review: ['b'], kind: ['original'] }, ranges);
		const originals = await listAll(inB);
		expect(originals.length).toBeGreaterThan(0);
		for (const hit of originals) expect(await sentenceOf(engine, hit.record)).toMatch(/^b-en /);
	});

	it('counts at least what it has read while hits are left to read, and reads on for the next page', async () => {
		const outcome = await blocked.search('the', { want: 4 });
		const feed = new ResultFeed(blocked.index, outcome, {});
		const first = await feed.page(0, 4);
		expect(first).toHaveLength(4);
		await feed.label(8);
		expect(feed.total().exact).toBe(false);
		expect(feed.counts(FACETS).exact).toBe(false);
		expect(feed.hasMore(4)).toBe(true);
		const rest = await listAll(feed);
		const whole = (await engine.search('the')).hits;
		expect(new Set(rest.map((hit) => hit.record))).toEqual(new Set(whole.map((hit) => hit.record)));
		await feed.label(100);
		expect(feed.total()).toEqual({ count: whole.length, exact: true });
		expect(feed.hasMore(rest.length)).toBe(false);
	});

	it('counts exactly by language and review before it has read the texts table', async () => {
		const { engine: chunked } = await corpusEngine(undefined, { textsPerChunk: 1 });
		const outcome = await chunked.search('Stalin');
		const { ranges } = await chunked.index.reviewRanges(['b']);
		const feed = new ResultFeed(chunked.index, outcome, { language: ['en'], review: ['b'] }, ranges);
		await feed.label(1);
		const inB = outcome.hits.filter(
			(hit) => hit.language === 'en' && ranges.some((range) => hit.record >= range.from && hit.record < range.to),
		);
		expect(inB.length).toBeGreaterThan(0);
		expect(feed.total()).toEqual({ count: inB.length, exact: true });
		expect(feed.counts(FACETS).exact).toBe(false);
	});

	it('makes pages in turn: two asked for at once are two pages', async () => {
		const feed = new ResultFeed(blocked.index, await blocked.search('the', { want: 2 }), {});
		const [first, second] = await Promise.all([feed.page(0, 4), feed.page(4, 4)]);
		const keys = [...first!, ...second!].map((hit) => hit.record);
		expect(keys).toHaveLength(8);
		expect(new Set(keys).size).toBe(8);
	});

	it('keeps the hits of a text together under it', async () => {
		const listed = await listAll(new ResultFeed(engine.index, await engine.search('the'), {}), 3);
		const texts = listed.map((hit) => textNumberOf(hit.record));
		const runs = texts.filter((text, i) => i === 0 || texts[i - 1] !== text);
		expect(new Set(runs).size).toBe(runs.length);
	});
});
