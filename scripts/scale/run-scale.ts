/**
 * The scale benchmark: `npm run bench:scale [-- --sizes 100,1000,10000] [--seed 1]
 * [--merge] [--keep-builds] [--no-search]`.
 *
 * For each size: generates a corpus (scripts/scale/generate-corpus.ts, reused when
 * already there), builds it as `npm run build` does (`astro build`, then the search index)
 * into its own folder
 * (bench/scale/builds/<size>/, with a fresh content cache), and measures the build's wall
 * time per stage, peak memory of its process tree, dist/ size and file count, the gzip
 * weight of a reading page and of the pages that list the whole corpus, and a first
 * search in Chromium. Writes bench/scale/results.json, results.md and chart.svg, and
 * exits non-zero when a check fails (see `runChecks` in lib/results.ts).
 *
 * --merge keeps the sizes of an earlier results.json that this run does not measure
 * (measure 100 and 1,000 first, then 10,000 alone). Builds are deleted once measured
 * unless --keep-builds; their logs and timings stay in bench/scale/builds/<size>/.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, readGenerated, ROOT } from './generate-corpus.ts';
import { renderChart } from './lib/chart.ts';
import { distStats, largestPage, pageWeight } from './lib/dist-stats.ts';
import { measureEngineSearch, measureFirstSearch, type EngineSearch, type FirstSearch } from './lib/first-search.ts';
import { fmtBytes, fmtCount, fmtSeconds, runChecks, STAGES, summarize, toMarkdown, type SizeResult } from './lib/results.ts';
import { runBuild } from './lib/run-build.ts';

const { values } = parseArgs({
	options: {
		sizes: { type: 'string', default: '100,1000,10000' },
		seed: { type: 'string', default: '1' },
		merge: { type: 'boolean', default: false },
		'keep-builds': { type: 'boolean', default: false },
		'no-search': { type: 'boolean', default: false },
		help: { type: 'boolean', short: 'h' },
	},
});
if (values.help) {
	console.log('Usage: npm run bench:scale -- [--sizes 100,1000,10000] [--seed 1] [--merge] [--keep-builds] [--no-search]');
	process.exit(0);
}

const sizes = values.sizes.split(',').map((size) => Number(size.trim()));
if (sizes.some((size) => !Number.isInteger(size) || size < 2)) throw new Error(`--sizes must be integers ≥ 2: ${values.sizes}`);
const seed = Number(values.seed);
const benchDir = join(ROOT, 'bench', 'scale');
const resultsFile = join(benchDir, 'results.json');
await mkdir(benchDir, { recursive: true });
const log = (message: string) => console.log(`[bench:scale] ${message}`);

const results = new Map<number, SizeResult>();
if (values.merge) {
	const previous = JSON.parse(await readFile(resultsFile, 'utf8').catch(() => '{"sizes":[]}')) as { sizes: SizeResult[] };
	for (const result of previous.sizes) results.set(result.texts, result);
}

let previousRun: SizeResult | undefined;
for (const size of [...sizes].sort((a, b) => a - b)) {
	const corpusDir = join(benchDir, 'corpora', String(size));
	const corpus = (await readGenerated(corpusDir, size, seed)) ?? (await generateCorpus({ texts: size, outDir: corpusDir, seed }));
	log(`${fmtCount(size)} texts (${fmtCount(corpus.reviews)} reviews, ${fmtBytes(corpus.bytes)}) in ${corpusDir}`);
	if (previousRun) {
		const projected = (previousRun.wallMs / previousRun.texts) * size;
		log(
			`at ${(previousRun.wallMs / previousRun.texts).toFixed(1)} ms per text, expect about ${fmtSeconds(projected)} if the build is linear`,
		);
	}

	const workDir = join(benchDir, 'builds', String(size));
	const dist = join(workDir, 'dist');
	const run = await runBuild({ root: ROOT, corpusDir, workDir });
	if (run.exitCode !== 0) log(`the build FAILED (exit ${run.exitCode}); see ${run.logFile}`);

	const records = run.stages.find((entry) => entry.stage === 'search:records');
	const aligned = run.stages.find((entry) => entry.stage === 'align');
	const counts = {
		texts: corpus.texts,
		reviews: corpus.reviews,
		pairs: Number(aligned?.['pairs'] ?? 0),
		sentences: Number(records?.['records'] ?? 0),
		bytes: corpus.bytes,
		dataStoreBytes: (await stat(join(workDir, 'cache', 'data-store.json')).catch(() => null))?.size ?? null,
	};
	let result: SizeResult;
	if (run.exitCode === 0) {
		const stats = await distStats(dist);
		const weights: SizeResult['weights'] = {
			reading: await pageWeight(dist, '/texts/r00001-en/'),
			home: await pageWeight(dist, '/'),
			search: await pageWeight(dist, '/search/'),
			people: await pageWeight(dist, '/people/'),
		};
		const person = await largestPage(dist, 'people');
		weights['person'] = person ? await pageWeight(dist, person) : null;
		const comparison = await largestPage(dist, 'compare');
		weights['compareReview'] = comparison ? await pageWeight(dist, comparison) : null;
		let firstSearch: FirstSearch | null = null;
		let engineSearch: EngineSearch | null = null;
		if (!values['no-search']) {
			log('first search in Chromium…');
			const failed = (error: unknown) => {
				log(`first search could not run: ${String(error)}`);
				return null;
			};
			firstSearch = await measureFirstSearch(dist).catch(failed);
			engineSearch = await measureEngineSearch(dist).catch(failed);
		}
		result = summarize(run, counts, stats, weights, firstSearch, engineSearch);
	} else {
		result = summarize(run, counts, { files: 0, bytes: 0, diskBytes: 0, sections: {} }, {}, null);
	}
	results.set(size, result);
	previousRun = result;
	log(
		`${fmtCount(size)} texts: ${fmtSeconds(result.wallMs)} (${(result.wallMs / size).toFixed(1)} ms per text; ${STAGES.map(({ key, short }) => `${short} ${fmtSeconds(result.stages[key])}`).join(', ')}), peak ${fmtBytes(result.memory.peakTreeRss)}, dist ${fmtBytes(result.dist.bytes)} in ${fmtCount(result.dist.files)} files`,
	);
	if (!values['keep-builds']) {
		await rm(dist, { recursive: true, force: true });
		await rm(join(workDir, 'cache'), { recursive: true, force: true });
	}
	// Written after every size, so a long run leaves its results so far.
	await writeResults([...results.values()]);
}

const all = [...results.values()].sort((a, b) => a.texts - b.texts);
const checks = runChecks(all);
await writeResults(all);
for (const check of checks) log(`${check.passed ? 'pass' : 'FAIL'}: ${check.name}: ${check.detail}`);
log(`results in ${join('bench', 'scale', 'results.md')}, chart in ${join('bench', 'scale', 'chart.svg')}`);
process.exitCode = checks.every((check) => check.passed) ? 0 : 1;

async function writeResults(list: SizeResult[]): Promise<void> {
	const sorted = [...list].sort((a, b) => a.texts - b.texts);
	const checks = runChecks(sorted);
	const meta = {
		date: new Date().toISOString().slice(0, 10),
		machine: `${cpus().length} cores, ${Math.round(totalmem() / 1024 ** 3)} GB, Node ${process.version} (load average ${loadavg()[0]!.toFixed(1)} at the end)`,
		seed,
	};
	await writeFile(resultsFile, `${JSON.stringify({ ...meta, sizes: sorted, checks }, null, '\t')}\n`);
	await writeFile(join(benchDir, 'results.md'), toMarkdown(sorted, checks, meta));
	await writeFile(join(benchDir, 'chart.svg'), renderChart(sorted));
}
