/**
 * Times the build of the default corpus, wall clock, as a person running `npm run build`
 * waits for it (scripts/build-site.ts: `astro build`, then the search index in its own
 * process), npm's own start-up aside.
 *
 * The bench builds into bench/out/dist with its own Astro cache, never into dist/: others
 * run the browser tests against dist/ at the same time, and a build that rewrites it
 * under them would break their runs. The cache is emptied first, so the first run is a
 * cold build (a fresh clone, a CI job) and the others warm ones (a second `npm run
 * build`); the budget is judged on the median of the runs.
 */
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { median } from '../lib/bench/median.ts';

export interface BuildRun {
	wallMs: number;
	/** Astro's own figure for the whole build ("32 page(s) built in 5.21s"). */
	astroMs: number | null;
	/** The search index's own figure ("Search index: 72 sentences, 63 files in search-index/, 137 ms"). */
	searchIndexMs: number | null;
}

export interface BuildTiming {
	runs: BuildRun[];
	medianWallMs: number;
}

export async function timeBuilds(outDir: string, cacheDir: string, count: number): Promise<BuildTiming> {
	await rm(cacheDir, { recursive: true, force: true });
	const runs: BuildRun[] = [];
	for (let i = 0; i < count; i++) runs.push(await timeBuild(outDir, cacheDir));
	return { runs, medianWallMs: median(runs.map((run) => run.wallMs)) };
}

async function timeBuild(outDir: string, cacheDir: string): Promise<BuildRun> {
	// The default corpus whatever the shell says; the cache folder is read by astro.config.mjs.
	const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_CACHE_DIR: cacheDir };
	delete env['CORPUS_DIR'];
	const started = performance.now();
	const child = spawn(process.execPath, ['scripts/build-site.ts', '--outDir', outDir], { env, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
	if (code !== 0) throw new Error(`the build failed (exit ${code}):\n${output.slice(-3000)}`);
	const wallMs = performance.now() - started;
	const built = /page\(s\) built in ([\d.]+)\s*s/.exec(output);
	const index = /Search index: .*, (\d+) ms/.exec(output);
	return {
		wallMs,
		astroMs: built ? Number(built[1]) * 1000 : null,
		searchIndexMs: index ? Number(index[1]) : null,
	};
}
