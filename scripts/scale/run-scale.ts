/**
 * The scale benchmark: `npm run bench:scale [-- --sizes 100,1000,10000,100000] [--seed 1]
 * [--merge] [--keep-builds] [--no-search] [--out bench/scale]`.
 *
 * For each size: generates a corpus (scripts/scale/generate-corpus.ts, reused when
 * already there), builds it as `npm run build` does (`astro build`, then the search
 * index) into its own folder (bench/scale/builds/<size>/, with a fresh content cache),
 * and measures the build's wall time per stage, peak memory of its process tree, dist/
 * size and file count, and, served as a static host serves it, in Chromium, what a
 * reading page and the pages that list the whole corpus weigh and what a first search
 * costs (scripts/lib/bench/). Writes results.json, results.md and chart.svg to the
 * output folder, and exits non-zero when a check fails (lib/checks.ts).
 *
 * --merge keeps the sizes of an earlier results.json that this run does not measure
 * (measure 100 and 1,000 first, then 10,000 alone). Builds are deleted once measured
 * unless --keep-builds; their logs and timings stay in bench/scale/builds/<size>/.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, readGenerated, ROOT } from './generate-corpus.ts';
import { formatBytes, formatCount, formatSeconds } from '../lib/bench/format.ts';
import { renderChart } from './lib/chart.ts';
import { runChecks } from './lib/checks.ts';
import { distStats } from './lib/dist-stats.ts';
import { measureSite } from './lib/measure-site.ts';
import { toMarkdown } from './lib/report.ts';
import { runBuild } from './lib/run-build.ts';
import { siteCompleteness } from './lib/site-completeness.ts';
import { STAGES, summarize, type SizeResult } from './lib/size-result.ts';

const { values } = parseArgs({
	options: {
		sizes: { type: 'string', default: '100,1000,10000,100000' },
		seed: { type: 'string', default: '1' },
		merge: { type: 'boolean', default: false },
		'keep-builds': { type: 'boolean', default: false },
		'no-search': { type: 'boolean', default: false },
		out: { type: 'string' },
		help: { type: 'boolean', short: 'h' },
	},
});
if (values.help) {
	console.log(
		'Usage: npm run bench:scale -- [--sizes 100,1000,10000,100000] [--seed 1] [--merge] [--keep-builds] [--no-search] [--out DIR]',
	);
	process.exit(0);
}

const sizes = values.sizes.split(',').map((size) => Number(size.trim()));
if (sizes.some((size) => !Number.isInteger(size) || size < 2)) throw new Error(`--sizes must be integers ≥ 2: ${values.sizes}`);
const seed = Number(values.seed);
const benchDir = join(ROOT, 'bench', 'scale');
const outDir = resolve(values.out ?? benchDir);
const resultsFile = join(outDir, 'results.json');
await mkdir(outDir, { recursive: true });
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
	log(`${formatCount(size)} texts (${formatCount(corpus.reviews)} reviews, ${formatBytes(corpus.bytes)}) in ${corpusDir}`);
	if (previousRun) {
		const projected = (previousRun.wallMs / previousRun.texts) * size;
		log(
			`at ${(previousRun.wallMs / previousRun.texts).toFixed(1)} ms per text, expect about ${formatSeconds(projected)} if the build is linear`,
		);
	}

	const workDir = join(benchDir, 'builds', String(size));
	const dist = join(workDir, 'dist');
	const run = await runBuild({ root: ROOT, corpusDir, workDir });
	if (run.exitCode !== 0) log(`the build FAILED (exit ${run.exitCode}); see ${run.logFile}`);

	const corpusFigures = {
		texts: corpus.texts,
		reviews: corpus.reviews,
		bytes: corpus.bytes,
		dataStoreBytes: (await stat(join(workDir, 'cache', 'data-store.json')).catch(() => null))?.size ?? null,
	};
	let result: SizeResult;
	if (run.exitCode === 0) {
		log(values['no-search'] ? 'page weights in Chromium…' : 'page weights and a first search in Chromium…');
		const complete = siteCompleteness(dist);
		if (complete.missing > 0) log(`${formatCount(complete.missing)} files missing, such as ${complete.firstMissing.join(', ')}`);
		const { weights, firstSearch } = await measureSite(dist, { search: !values['no-search'], log });
		result = summarize(run, corpusFigures, await distStats(dist), complete, weights, firstSearch);
	} else {
		result = summarize(run, corpusFigures, { files: 0, bytes: 0, diskBytes: 0, sections: {} }, null, {}, null);
	}
	results.set(size, result);
	previousRun = result;
	log(
		`${formatCount(size)} texts: ${formatSeconds(result.wallMs)} (${(result.wallMs / size).toFixed(1)} ms per text; ${STAGES.map(({ key, short }) => `${short} ${formatSeconds(result.stages[key])}`).join(', ')}), peak ${formatBytes(result.memory.peakTreeRss)}, dist ${formatBytes(result.dist.bytes)} in ${formatCount(result.dist.files)} files`,
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
log(`results in ${join(outDir, 'results.md')}, chart in ${join(outDir, 'chart.svg')}`);
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
	await writeFile(join(outDir, 'results.md'), toMarkdown(sorted, checks, meta));
	await writeFile(join(outDir, 'chart.svg'), renderChart(sorted));
}
