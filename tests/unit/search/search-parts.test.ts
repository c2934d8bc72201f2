/**
 * A corpus built in parts and searched as one: the default corpus's two reviews as two
 * indexes, each under its own base path, joined by their manifests' `parts`, find what
 * the whole corpus's one index finds.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as fuzzy from '../../../src/people/match-name-fuzzily.ts';
import * as transliteration from '../../../src/people/transliterate-query.ts';
import { buildIndexFiles, type SearchSource } from '../../../src/search/build-index-files.ts';
import { createSearchEngine, type SearchEngine } from '../../../src/search/search-engine.ts';
import { SearchIndex } from '../../../src/search/search-index.ts';
import { searchParts } from '../../../src/search/search-parts.ts';
import { searchSource } from '../../../src/search/search-source.ts';
import { indexFileEntries } from '../../../src/search/write-search-index.ts';
import { createUrls, personUrl } from '../../../src/site/urls.ts';
import { loadTruecasedCorpus } from '../../../src/truecase/load-truecased-corpus.ts';
import { corpusEngine, hitSentences, projectRoot, sentenceOf } from './corpus-engine.ts';

const BASES = ['/part-1/', '/part-2/'];

let joined: SearchEngine;
let whole: SearchEngine;
/** Every file of both parts, by URL. */
const served = new Map<string, unknown>();

beforeAll(async () => {
	({ engine: whole } = await corpusEngine());
	const corpus = await loadTruecasedCorpus(join(projectRoot, 'content'), projectRoot);
	const parts = searchParts({ SEARCH_PARTS: BASES.join(',') }, BASES[0]!)!;
	corpus.reviews.forEach((review, i) => {
		const base = BASES[i]!;
		const all = searchSource(corpus, [], createUrls(base).textUrl);
		const half: SearchSource = { reviews: [review], texts: all.texts.filter((text) => text.review === review.id), alignments: [] };
		for (const [path, value] of indexFileEntries(buildIndexFiles(half, { parts }))) served.set(`${base}search-index/${path}`, value);
	});
	const index = await SearchIndex.open('/part-1/search-index/', async (url) => {
		if (!served.has(url)) throw new Error(`no file ${url}`);
		return structuredClone(served.get(url));
	});
	const people = corpus.people.map((person) => ({ ...person, url: personUrl(person.id) }));
	joined = createSearchEngine(index, people, { fuzzy: async () => fuzzy, transliteration: async () => transliteration });
});

describe('a corpus searched in parts', () => {
	it('reads every part’s index from one part’s manifest', () => {
		expect(joined.index.parts.map((part) => part.url)).toEqual(['/part-1/search-index/', '/part-2/search-index/']);
		expect(joined.index.sentenceCount).toBe(whole.index.sentenceCount);
	});

	it('finds in both parts what one index of the whole corpus finds, linked under each part’s base', async () => {
		for (const query of ['Urusevsky', 'the', 'cranes', 'Kalatosov', '"the cranes are flying"', 'Урусевский', 'volar']) {
			expect(await hitSentences(joined, query), query).toEqual(await hitSentences(whole, query));
		}
		const { hits } = await joined.search('Urusevsky');
		const urls = await Promise.all(
			hits.map(async (hit) => {
				const { text } = joined.index.place(hit.record);
				return (await joined.index.reviewOf(hit.record)).texts.find((entry) => entry.text === text)!.url;
			}),
		);
		expect(new Set(urls.map((url) => url.split('/')[1]))).toEqual(new Set(['part-1', 'part-2']));
		expect(await sentenceOf(joined, hits[0]!.record)).toMatch(/^[ab]-/);
	});

	it('ranks hits of both parts together', async () => {
		const ranked = (await joined.search('Stalin')).hits.map((hit) => hit.score);
		expect(ranked).toEqual([...ranked].sort((a, b) => b - a));
		const parts = new Set((await joined.search('Stalin')).hits.map((hit) => joined.index.place(hit.record).part.url));
		expect(parts.size).toBe(2);
	});

	it('finds a review of the URL in whichever part has it', async () => {
		expect((await joined.index.findReview('b'))?.part.url).toBe('/part-2/search-index/');
		expect(await joined.index.findReview('zz')).toBeUndefined();
	});
});

describe('SEARCH_PARTS', () => {
	it('lists the index of every part, this build’s included', () => {
		expect(searchParts({ SEARCH_PARTS: '/a/, /b' }, '/b/')).toEqual(['/a/search-index/', '/b/search-index/']);
		expect(searchParts({}, '/')).toBeUndefined();
	});

	it('refuses a list without this build, with a part twice, or with something not a base path', () => {
		expect(() => searchParts({ SEARCH_PARTS: '/a/,/b/' }, '/c/')).toThrow(/leaves out this build's BASE_PATH, \/c\//);
		expect(() => searchParts({ SEARCH_PARTS: '/a/,/a' }, '/a/')).toThrow(/names a part twice/);
		expect(() => searchParts({ SEARCH_PARTS: 'https://example.org/a/' }, '/a/')).toThrow(/is not a base path/);
	});
});
