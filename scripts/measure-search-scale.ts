/**
 * Search at scale: builds the search index of a generated corpus without the site's
 * pages, serves it with the default corpus's search page, and measures first searches
 * in Chromium (README, “Search at scale”).
 *
 *     node scripts/measure-search-scale.ts [--texts 100000] [--work DIR] [--dist dist] [--rebuild]
 *     node scripts/measure-search-scale.ts --site dist   # the built site as it is
 *     node scripts/measure-search-scale.ts --site dist --query Urusevsky   # other queries than the file's
 *
 * Steps, each kept in the work folder (default `node_modules/.cache/search-scale/`) and
 * skipped when already done:
 * 1. the corpus, `scripts/scale/generate-corpus.ts` (seed 1);
 * 2. the search source: the corpus loaded and truecased as the build does, every pair of
 *    versions aligned as the build does (`search-scale/search-source-of-corpus.ts`),
 *    kept as JSON lines;
 * 3. the index, built and written as `npm run build` does (`--rebuild` builds it again),
 *    with its build time, peak memory, file count and size;
 * 4. the site: `--dist`'s pages linked beside that index (`search-scale/site-with-index.ts`);
 * 5. the first search of each query of `search-scale/queries.yaml`, both parts (or
 *    `--part tune`).
 * `--shard-bytes`, `--inline-bytes`, `--block-bytes` and `--texts-per-chunk` rebuild the
 * index with other sizes than `DEFAULT_INDEX_OPTIONS`, to compare them.
 * It writes `results-<texts>.json` in the work folder and prints a table.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import type { IndexOptions } from '../src/search/build-index-files.ts';
import { textUrl } from '../src/site/urls.ts';
import { generateCorpus, readGenerated } from './scale/generate-corpus.ts';
import { buildScaleIndex, type IndexBuild } from './search-scale/build-scale-index.ts';
import { measureFirstSearches, type FirstSearch } from './search-scale/measure-first-search.ts';
import { searchSourceOfCorpus } from './search-scale/search-source-of-corpus.ts';
import { linkSite } from './search-scale/site-with-index.ts';
import { writeSourceFile } from './search-scale/source-file.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
	options: {
		texts: { type: 'string', default: '100000' },
		work: { type: 'string', default: join(root, 'node_modules/.cache/search-scale') },
		dist: { type: 'string', default: join(root, 'dist') },
		site: { type: 'string' },
		rebuild: { type: 'boolean', default: false },
		query: { type: 'string', multiple: true },
		part: { type: 'string' },
		// The index's sizes (`IndexOptions`), to try others than the defaults; with them the index is rebuilt.
		'shard-bytes': { type: 'string' },
		'inline-bytes': { type: 'string' },
		'block-bytes': { type: 'string' },
		'texts-per-chunk': { type: 'string' },
	},
});
const log = (message: string) => console.log(`[search-scale] ${message}`);
const parts = parse(await readFile(join(import.meta.dirname, 'search-scale/queries.yaml'), 'utf8')) as Record<string, string[]>;
const queries: Record<string, string[]> = values.query
	? { queries: values.query }
	: values.part
		? { [values.part]: parts[values.part] ?? [] }
		: parts;
const sizes = Object.fromEntries(
	(
		[
			['maxShardBytes', values['shard-bytes']],
			['inlineBytes', values['inline-bytes']],
			['blockBytes', values['block-bytes']],
			['textsPerChunk', values['texts-per-chunk']],
		] as const
	).flatMap(([option, value]) => (value === undefined ? [] : [[option, Number(value)]])),
) as Partial<IndexOptions>;

let site = values.site && resolve(values.site);
let build: IndexBuild | undefined;
const texts = Number(values.texts);
if (!site) {
	const work = resolve(values.work);
	const corpusDir = join(work, `corpus-${texts}`);
	if (!(await readGenerated(corpusDir, texts, 1))) {
		log(`generating ${texts} texts…`);
		await generateCorpus({ texts, outDir: corpusDir, seed: 1 });
	}
	const sourcePath = join(work, `source-${texts}.ndjson`);
	if (!existsSync(sourcePath)) {
		log('loading, truecasing and aligning the corpus…');
		const source = await searchSourceOfCorpus(corpusDir, root, textUrl);
		await writeSourceFile(source, sourcePath);
	}
	site = join(work, `site-${texts}`);
	const buildPath = join(work, `index-${texts}.json`);
	if (
		values.rebuild ||
		Object.keys(sizes).length > 0 ||
		!existsSync(join(site, 'search-index', 'manifest.json')) ||
		!existsSync(buildPath)
	) {
		log(`building the search index${Object.keys(sizes).length > 0 ? ` with ${JSON.stringify(sizes)}` : ''}…`);
		build = await buildScaleIndex(sourcePath, join(site, 'search-index'), sizes);
		await writeFile(buildPath, JSON.stringify(build, null, 2));
	} else {
		build = JSON.parse(await readFile(buildPath, 'utf8')) as IndexBuild;
	}
	await linkSite(resolve(values.dist), site);
}

const results: Record<string, FirstSearch[]> = {};
for (const [part, list] of Object.entries(queries)) {
	log(`first searches, ${part}…`);
	results[part] = await measureFirstSearches(site, list);
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const ms = (value: number | null) => (value === null ? 'timeout' : `${(value / 1000).toFixed(2)} s`);
if (build) {
	console.log(
		`\nIndex of ${build.texts.toLocaleString('en')} texts (${build.sentences.toLocaleString('en')} sentences): ${build.files.toLocaleString('en')} files, ${(build.bytes / 1e6).toFixed(1)} MB; ` +
			`built in ${ms(build.buildMs)}, written in ${ms(build.writeMs)}, peak memory ${(build.maxRss / 1e9).toFixed(2)} GB`,
	);
	for (const [kind, { files, bytes }] of Object.entries(build.byKind))
		console.log(`  ${kind}: ${files.toLocaleString('en')} files, ${(bytes / 1e6).toFixed(1)} MB`);
}
for (const [part, searches] of Object.entries(results)) {
	console.log(
		`\n${part}\n| query | first result | status | transferred (index) | when quiet | requests | status line |\n|---|---|---|---|---|---|---|`,
	);
	for (const s of searches) {
		console.log(
			`| ${s.query} | ${ms(s.firstResultMs)} | ${ms(s.statusMs)} | ${kb(s.bytes)} (${kb(s.indexBytes)}) | ${kb(s.settledBytes)} | ${s.requests} | ${s.status} |`,
		);
	}
	const worst = (pick: (s: FirstSearch) => number) => Math.max(...searches.map(pick));
	const median = (pick: (s: FirstSearch) => number) => searches.map(pick).sort((a, b) => a - b)[Math.floor(searches.length / 2)]!;
	console.log(
		`worst: first result ${ms(worst((s) => s.firstResultMs ?? Infinity))}, transferred ${kb(worst((s) => s.bytes))}; ` +
			`median: ${ms(median((s) => s.firstResultMs ?? Infinity))}, ${kb(median((s) => s.bytes))}`,
	);
}
const out = join(resolve(values.work), `results-${values.site ? 'site' : texts}.json`);
await writeFile(out, JSON.stringify({ build, sizes, results, at: new Date().toISOString() }, null, 2));
log(`written to ${out}`);
