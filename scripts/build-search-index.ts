/**
 * Builds the search index of a built site: `npm run build` runs it after `astro build`.
 *
 *     node scripts/build-search-index.ts [--outDir dist]
 *
 * It reads the same corpus (CORPUS_DIR) and base path (BASE_PATH) as the Astro build
 * and writes the Pagefind bundles of src/search/search-bundles.ts to
 * `<outDir>/pagefind/<n>/`.
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
import { loadTruecasedCorpus } from '../src/truecase/load-truecased-corpus.ts';
import { recordMark, recordStage } from '../src/integrations/build-timings.ts';
import { searchBundles } from '../src/search/search-bundles.ts';
import { buildSearchRecords } from '../src/search/search-records.ts';
import { writeSearchIndex, type BundleRecords } from '../src/search/write-search-index.ts';
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
	const bundles = await readRecords();
	const indexing = performance.now();
	const count = bundles.reduce((sum, bundle) => sum + bundle.records.length, 0);
	const files = await writeSearchIndex(bundles, join(outDir, 'pagefind'));
	recordStage('search:index', performance.now() - indexing, { records: count, bundles: bundles.length });
	console.log(
		`Search index: ${count} sentences in ${bundles.length} ${bundles.length === 1 ? 'bundle' : 'bundles'}, ${files} files in pagefind/, ${Math.round(performance.now() - started)} ms`,
	);
} catch (error) {
	rmSync(outDir, { recursive: true, force: true });
	console.error(`The search index could not be built, and ${outDir} was removed:`);
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}

/** The search records of the corpus, by bundle; the corpus itself is let go once they are made. */
async function readRecords(): Promise<BundleRecords[]> {
	const started = performance.now();
	const corpus = await loadTruecasedCorpus(resolve(root, corpusDir()), root);
	const loaded = performance.now();
	recordStage('search:corpus', loaded - started, { texts: corpus.texts.length });
	const { textUrl } = createUrls(deployment().base);
	const bundles = searchBundles(corpus.texts.length).map(({ number, from, to }) => ({
		number,
		records: buildSearchRecords({ ...corpus, texts: corpus.texts.slice(from, to) }, (text, i) => text.data.reading[i]!, textUrl),
	}));
	recordStage('search:records', performance.now() - loaded, { records: bundles.reduce((sum, bundle) => sum + bundle.records.length, 0) });
	return bundles;
}
