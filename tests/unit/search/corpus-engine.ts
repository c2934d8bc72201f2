/**
 * The search engine over an index built in memory from a corpus folder (the default
 * corpus unless told), with its lazy modules loaded at once: what the search page runs,
 * without a browser or a build.
 */
import { join } from 'node:path';
import { loadTruecasedCorpus } from '../../../src/truecase/load-truecased-corpus.ts';
import * as fuzzy from '../../../src/people/match-name-fuzzily.ts';
import * as transliteration from '../../../src/people/transliterate-query.ts';
import { buildIndexFiles, type IndexOptions } from '../../../src/search/build-index-files.ts';
import { createSearchEngine, type SearchEngine } from '../../../src/search/search-engine.ts';
import { SearchIndex } from '../../../src/search/search-index.ts';
import { searchSource } from '../../../src/search/search-source.ts';
import { indexFileEntries } from '../../../src/search/write-search-index.ts';
import { personUrl, textUrl } from '../../../src/site/urls.ts';

export const projectRoot = join(import.meta.dirname, '../../..');

/** Where the in-memory index is “served”. */
const INDEX_URL = '/search-index/';

/**
 * Builds the index of `corpusDir` and opens an engine over it; also returns the files,
 * by path, and the paths the engine has read.
 */
export async function corpusEngine(
	corpusDir = join(projectRoot, 'content'),
	options: Partial<IndexOptions> = {},
): Promise<{ engine: SearchEngine; files: Map<string, unknown>; read: string[] }> {
	const corpus = await loadTruecasedCorpus(corpusDir, projectRoot);
	const files = new Map(indexFileEntries(buildIndexFiles(searchSource(corpus, [], textUrl), options)));
	const read: string[] = [];
	const index = await SearchIndex.open(INDEX_URL, async (url) => {
		const path = url.slice(INDEX_URL.length);
		if (!files.has(path)) throw new Error(`no index file ${path}`);
		read.push(path);
		return structuredClone(files.get(path));
	});
	const people = corpus.people.map((person) => ({ ...person, url: personUrl(person.id) }));
	const engine = createSearchEngine(index, people, { fuzzy: async () => fuzzy, transliteration: async () => transliteration });
	return { engine, files, read };
}

/** A key's `<text id> <sentence id>`. */
export async function sentenceOf(engine: SearchEngine, key: number): Promise<string> {
	const { index } = engine;
	const { text, sentence } = index.place(key);
	const review = await index.reviewOf(key);
	const entry = review.texts.find((candidate) => candidate.text === text)!;
	return `${entry.id} ${entry.sentenceIds[sentence]}`;
}

/** The `<text id> <sentence id>` of a search's hits, sorted. */
export async function hitSentences(engine: SearchEngine, query: string, typing = false): Promise<string[]> {
	const { hits } = await engine.search(query, { typing });
	return (await Promise.all(hits.map((hit) => sentenceOf(engine, hit.record)))).sort();
}
