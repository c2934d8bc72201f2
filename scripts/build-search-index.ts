/**
 * Builds the search index of a built site: `npm run build` runs it after `astro build`.
 *
 *     node scripts/build-search-index.ts [--outDir dist]
 *
 * It reads the same corpus (CORPUS_DIR) and base path (BASE_PATH) as the Astro build
 * and writes one Pagefind bundle to `<outDir>/pagefind/`.
 *
 * Why a process of its own, not an Astro integration: Pagefind's indexer is a separate
 * binary that holds the whole index in memory. Run from Astro's `astro:build:done`, it
 * ran while Astro still held its pages' memory, and the two added up (10,000 texts:
 * 2.3 GB + 2.7 GB, over the 4 GB budget). After Astro exits, the peak is the larger of
 * the two.
 *
 * If indexing fails, the output folder is removed: a site without its search is not
 * published half-built.
 */
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusDir } from '../src/corpus/corpus-dir.ts';
import { loadCorpus } from '../src/corpus/load-corpus.ts';
import { recordMark, recordStage } from '../src/integrations/build-timings.ts';
import { buildSearchRecords } from '../src/search/search-records.ts';
import { writeSearchIndex } from '../src/search/write-search-index.ts';
import { deployment } from '../src/site/deployment.ts';
import { createUrls } from '../src/site/urls.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const outDir = resolve(root, values.outDir);

if (!existsSync(join(outDir, 'index.html'))) {
	console.error(`No built site in ${outDir}: run \`astro build\` first (\`npm run build\` runs both).`);
	process.exit(1);
}

try {
	recordMark('search-index:start');
	const started = performance.now();
	const corpus = await loadCorpus(resolve(root, corpusDir()), root);
	const loaded = performance.now();
	recordStage('search:corpus', loaded - started, { texts: corpus.texts.length });
	const urls = createUrls(deployment().base);
	const records = buildSearchRecords(corpus, (text, i) => text.data.reading[i]!, urls.textUrl);
	const indexing = performance.now();
	recordStage('search:records', indexing - loaded, { records: records.length });
	const files = await writeSearchIndex(records, join(outDir, 'pagefind'));
	recordStage('search:index', performance.now() - indexing, { records: records.length });
	console.log(`Search index: ${records.length} sentences, ${files} files in pagefind/, ${Math.round(performance.now() - started)} ms`);
} catch (error) {
	rmSync(outDir, { recursive: true, force: true });
	console.error(`The search index could not be built, and ${outDir} was removed:`);
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}
