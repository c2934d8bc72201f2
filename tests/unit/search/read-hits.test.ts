/**
 * Reading block by block finds exactly what reading whole postings finds: the default
 * corpus indexed twice, once with every posting inline and once with every word's
 * postings in blocks of a few sentences, searched with the same queries.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Hit } from '../../../src/search/find-hits.ts';
import type { SearchEngine } from '../../../src/search/search-engine.ts';
import { corpusEngine, projectRoot } from './corpus-engine.ts';

let whole: SearchEngine;
let blocked: SearchEngine;
/** Every word's postings in blocks of a few sentences. */
const SMALL_BLOCKS = { inlineBytes: 0, blockBytes: 60 };
beforeAll(async () => {
	({ engine: whole } = await corpusEngine());
	({ engine: blocked } = await corpusEngine(undefined, SMALL_BLOCKS));
});

const fixture = parse(readFileSync(join(projectRoot, 'tests/fixtures/search/queries.yaml'), 'utf8')) as Record<string, { query: string }[]>;
const QUERIES = [
	...Object.values(fixture).flatMap((part) => part.map((entry) => entry.query)),
	'the',
	'de',
	'the war',
	'"the cranes are flying"',
	'"las grúas"',
	'Urusevsky the',
	'Stalin',
	'y',
];

/** Every hit of a search, reading on until the stream is done. */
async function allHits(engine: SearchEngine, query: string, options = {}): Promise<Hit[]> {
	const outcome = await engine.search(query, { want: 5, ...options });
	const hits = [...outcome.hits];
	while (!outcome.stream.complete) hits.push(...(await outcome.stream.read(5)));
	return hits;
}

const found = (hits: readonly Hit[]) =>
	hits.map(({ record, positions, language }) => ({ record, positions, language })).sort((a, b) => a.record - b.record);

describe('reading postings block by block', () => {
	it('reads the default corpus whole, ranked, at once', async () => {
		const outcome = await whole.search('the');
		expect(outcome.stream.ranked).toBe(true);
		expect(outcome.stream.complete).toBe(true);
		expect((await blocked.search('the')).stream.ranked).toBe(false);
	});

	it('finds the same sentences, at the same words, as reading whole postings', async () => {
		for (const query of QUERIES) {
			const expected = found((await whole.search(query)).hits);
			expect(found(await allHits(blocked, query)), query).toEqual(expected);
		}
		expect(found(await allHits(blocked, 'the')).length).toBeGreaterThan(20);
	});

	it('stops once it has the hits asked for, having read only the blocks that hold them', async () => {
		const { engine, read } = await corpusEngine(undefined, SMALL_BLOCKS);
		const outcome = await engine.search('the war', { want: 3 });
		expect(outcome.hits.length).toBeGreaterThanOrEqual(3);
		expect(outcome.stream.complete).toBe(false);
		const blocksRead = read.filter((path) => /\/\d+-\d+\.json$/.test(path)).length;
		while (!outcome.stream.complete) await outcome.stream.read(100);
		const allBlocks = read.filter((path) => /\/\d+-\d+\.json$/.test(path)).length;
		expect(blocksRead).toBeLessThan(allBlocks / 2);
	});

	it('reads in turn: reads asked for at once go on one from the other', async () => {
		const outcome = await blocked.search('the', { want: 2 });
		const [a, b] = await Promise.all([outcome.stream.read(3), outcome.stream.read(3)]);
		const keys = [...outcome.hits, ...a!, ...b!].map((hit) => hit.record);
		expect(b!.length).toBeGreaterThan(0);
		expect(new Set(keys).size).toBe(keys.length);
	});

	it('knows at once that words of two languages never meet in one sentence', async () => {
		const { engine, read } = await corpusEngine(undefined, SMALL_BLOCKS);
		const outcome = await engine.search('the película');
		expect(outcome.missing).toEqual([]);
		expect(outcome.hits).toEqual([]);
		expect(outcome.stream.complete).toBe(true);
		expect(read.filter((path) => /\/\d+-\d+\.json$/.test(path))).toEqual([]);
	});

	it('keeps to the languages and the texts it is restricted to', async () => {
		const every = await allHits(blocked, 'Stalin');
		const spanish = await allHits(blocked, 'Stalin', { restrict: { languages: ['es'] } });
		expect(found(spanish)).toEqual(found(every.filter((hit) => hit.language === 'es')));
		const review = await blocked.index.reviewRanges(['b']);
		const inB = await allHits(blocked, 'Stalin', { restrict: { ranges: review.ranges } });
		const isInB = (hit: Hit) => review.ranges.some((range) => hit.record >= range.from && hit.record < range.to);
		expect(inB.length).toBeGreaterThan(0);
		expect(found(inB)).toEqual(found(every.filter(isInB)));
	});
});
