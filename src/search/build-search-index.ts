/**
 * Builds the search index of a built site: `npm run build` runs it after `astro build`.
 *
 *     node src/search/build-search-index.ts [--outDir dist]
 *
 * It reads the same corpus (CORPUS_DIR) and base path (BASE_PATH) as the Astro build,
 * takes the alignments from the built site's own data files (`/data/corpus.json` and
 * the `/data/alignments/*.json` it lists) and checks that every text's sentences there
 * are the corpus's, so the index and the pages cannot disagree. It writes
 * `<outDir>/search-index/` (src/search/index-format.ts). With SEARCH_PARTS (the base
 * paths of every part of a corpus built in parts, `/part-1/,/part-2/`), the manifest
 * lists every part's index, and the search page searches them all (`search-parts.ts`).
 *
 * If indexing fails, the output folder is removed: a site without its search is not
 * published half-built.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { corpusDir } from '../corpus/corpus-dir.ts';
import type { Corpus } from '../corpus/load-corpus.ts';
import { loadTruecasedCorpus } from '../truecase/load-truecased-corpus.ts';
import { buildIndexFiles, type SearchSource, type SourceAlignment } from './build-index-files.ts';
import { searchParts } from './search-parts.ts';
import { searchSource } from './search-source.ts';
import { writeSearchIndex } from './write-search-index.ts';
import { deployment } from '../site/deployment.ts';
import { createUrls } from '../site/urls.ts';

const root = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const outDir = resolve(root, values.outDir);

if (!existsSync(join(outDir, 'index.html'))) {
	console.error(`No built site in ${outDir}: run \`astro build\` first (\`npm run build\` runs both).`);
	process.exit(1);
}

try {
	// Each stage is a platform measure, seen by whoever observes the process's performance entries.
	const started = performance.now();
	const { base } = deployment();
	const parts = searchParts(process.env, base);
	const { source, building } = await readSource(base);
	const files = buildIndexFiles(source, parts ? { parts } : {});
	const records = files.manifest.sentences;
	performance.measure('search:build', { start: building, detail: { records } });
	const writing = performance.now();
	const written = await writeSearchIndex(files, join(outDir, 'search-index'));
	performance.measure('search:write', { start: writing, detail: { files: written } });
	console.log(`Search index: ${records} sentences, ${written} files in search-index/, ${Math.round(performance.now() - started)} ms`);
} catch (error) {
	rmSync(outDir, { recursive: true, force: true });
	console.error(`The search index could not be built, and ${outDir} was removed:`);
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}

/**
 * What the index is built from: the corpus as the pages show it, and the alignments the
 * site publishes. The corpus itself (every text's characters and sentences) is let go
 * once its search source is taken: at 100,000 texts that is gigabytes the index does
 * not need while it is built.
 * @returns the source, and when its making (after the corpus was read) began.
 */
async function readSource(base: string): Promise<{ source: SearchSource; building: number }> {
	const loading = performance.now();
	const corpus = await loadTruecasedCorpus(resolve(root, corpusDir()), root);
	performance.measure('search:corpus', { start: loading, detail: { texts: corpus.texts.length } });
	const building = performance.now();
	return { source: searchSource(corpus, readPublishedAlignments(corpus, base), createUrls(base).textUrl), building };
}

/** A file of the built site, by its URL (which carries the base path). */
function readPublished(url: string, base: string): unknown {
	const path = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '');
	return JSON.parse(readFileSync(join(outDir, path), 'utf8'));
}

/**
 * The alignments the built site publishes, after checking that its text data files hold
 * the loaded corpus's sentences (a stale dist/ would pair the wrong sentences).
 */
function readPublishedAlignments(corpus: Corpus, base: string): SourceAlignment[] {
	const published = readPublished(`${base}data/corpus.json`, base) as {
		texts: { id: string; data: string }[];
		alignments: { data: string }[];
	};
	const publishedTexts = new Map(published.texts.map((text) => [text.id, text]));
	for (const { data } of corpus.texts) {
		const entry = publishedTexts.get(data.id);
		const sentences = entry && (readPublished(entry.data, base) as { sentences: unknown }).sentences;
		const expected = data.sentences.map(({ id, text }) => ({ id, text }));
		if (!isDeepStrictEqual(sentences, expected)) {
			throw new Error(`the built site's data for “${data.id}” is not the corpus's: run \`astro build\` again`);
		}
	}
	return published.alignments.map((alignment) => readPublished(alignment.data, base) as SourceAlignment);
}
