/**
 * The search engine over an index built in memory from a corpus folder (the default
 * corpus unless told), with its lazy modules loaded at once: what the search page runs,
 * without a browser or a build.
 */
import { join } from 'node:path';
import { loadTruecasedCorpus } from '../../../src/truecase/load-truecased-corpus.ts';
import * as fuzzy from '../../../src/people/match-name-fuzzily.ts';
import * as transliteration from '../../../src/people/transliterate-query.ts';
import { buildIndexFiles } from '../../../src/search/build-index-files.ts';
import { createSearchEngine, type SearchEngine } from '../../../src/search/search-engine.ts';
import { SearchIndex } from '../../../src/search/search-index.ts';
import { searchSource } from '../../../src/search/search-source.ts';
import { personUrl, textUrl } from '../../../src/site/urls.ts';

export const projectRoot = join(import.meta.dirname, '../../..');

/** Builds the index of `corpusDir` and opens an engine over it; also returns the files, by path. */
export async function corpusEngine(
	corpusDir = join(projectRoot, 'content'),
): Promise<{ engine: SearchEngine; files: Map<string, unknown> }> {
	const corpus = await loadTruecasedCorpus(corpusDir, projectRoot);
	const built = buildIndexFiles(searchSource(corpus, [], textUrl));
	const files = new Map<string, unknown>([
		['manifest.json', built.manifest],
		...built.shards,
		...[...built.reviews].map(([id, review]): [string, unknown] => [`reviews/${id}.json`, review]),
	]);
	const index = await SearchIndex.open(async (path) => {
		if (!files.has(path)) throw new Error(`no index file ${path}`);
		return structuredClone(files.get(path));
	});
	const people = corpus.people.map((person) => ({ ...person, url: personUrl(person.id) }));
	const engine = createSearchEngine(index, people, { fuzzy: async () => fuzzy, transliteration: async () => transliteration });
	return { engine, files };
}

/** The `<text id> <sentence id>` of a search's hits, sorted. */
export async function hitSentences(engine: SearchEngine, query: string, typing = false): Promise<string[]> {
	const { hits } = await engine.search(query, { typing });
	const { texts } = engine.index.manifest;
	return hits
		.map((hit) => {
			const text = texts.findLast((candidate) => candidate.first <= hit.record)!;
			return `${text.id} s${hit.record - text.first + 1}`;
		})
		.sort();
}
