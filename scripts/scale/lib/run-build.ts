/**
 * One measured build of a corpus folder, as `npm run build` runs it (`astro build`, then
 * the search index in its own process): its own output folder (inside the
 * project: Astro puts the server build of an outDir outside the working directory in
 * the shared `.astro/.prerender/`, where concurrent builds overwrite each other) and a
 * fresh content cache; wall time, memory and CPU of the whole process tree, and the
 * stage timings the build writes (Astro's own timer, `ASTRO_TIMER_PATH`, and the
 * site's, `REVIEW_CORPUS_TIMINGS`: see src/integrations/build-timings.ts). It builds
 * with scripts/scale/astro.config.mjs: the site's config plus build-phase marks.
 */
import { spawn } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { sampleTree, type TreeUsage } from './process-tree.ts';

export interface BuildRun {
	/** When the build was spawned and when it exited, in ms since the epoch. */
	startedAt: number;
	endedAt: number;
	/** Wall time of the build (both processes), from spawn to exit, in ms. */
	wallMs: number;
	exitCode: number;
	usage: TreeUsage;
	/** GNU time's maximum resident set size (the largest single process), in bytes. */
	maxRssTime: number | null;
	/** CPU time of the whole tree (user + system), in ms: less sensitive than wall time to other load. */
	cpuMs: number | null;
	/** Astro's timer: `Sync content layer`, `Prerender build`, `Client build`, `Static generate`, `Total build`. */
	astroTimer: Record<string, { elapsedTime: number; heapUsedTotal: number }>;
	/** The site's stage timings, one entry per line of the timings file. */
	stages: { stage: string; ms: number; at: number; [detail: string]: string | number }[];
	/** When each of Astro's build phases began (ms since the epoch): `astro:build:start` → at. */
	marks: Record<string, number>;
	/** Render time of each generated page, from Astro's log: path → ms. */
	pages: { path: string; ms: number }[];
	logFile: string;
}

/** The benchmark's Astro config, relative to the project root. */
const CONFIG = 'scripts/scale/astro.config.mjs';

export interface BuildOptions {
	root: string;
	corpusDir: string;
	/** Folder for this build: dist/, cache/, log and timing files go in it (emptied first). */
	workDir: string;
	/** Kills the build after this long. */
	timeoutMs?: number;
	/** Another Astro config to build with (relative to the root), e.g. to measure a change. */
	config?: string;
}

export async function runBuild({ root, corpusDir, workDir, timeoutMs = 3 * 3600_000, config = CONFIG }: BuildOptions): Promise<BuildRun> {
	await rm(workDir, { recursive: true, force: true });
	await mkdir(workDir, { recursive: true });
	const files = {
		dist: join(workDir, 'dist'),
		cache: join(workDir, 'cache'),
		log: join(workDir, 'build.log'),
		timings: join(workDir, 'timings.jsonl'),
		astroTimer: join(workDir, 'astro-timer.json'),
		time: join(workDir, 'time.txt'),
	};
	const env = {
		...process.env,
		CORPUS_DIR: corpusDir,
		ASTRO_CACHE_DIR: files.cache,
		REVIEW_CORPUS_TIMINGS: files.timings,
		ASTRO_TIMER_PATH: files.astroTimer,
		ASTRO_TELEMETRY_DISABLED: '1',
		FORCE_COLOR: '0',
	};
	const log = openSync(files.log, 'w');
	const startedAt = Date.now();
	const started = performance.now();
	// GNU time around a shell: its resident set is the largest of any process it waited
	// for, its CPU time the sum of all of them.
	const steps = [
		`npx astro build --config ${shellQuote(config)} --outDir ${shellQuote(files.dist)}`,
		`${shellQuote(process.execPath)} src/search/build-search-index.ts --outDir ${shellQuote(files.dist)}`,
	];
	const args = ['-f', '%M %U %S', '-o', files.time, 'sh', '-c', steps.join(' && ')];
	const child = spawn('/usr/bin/time', args, { cwd: root, env, stdio: ['ignore', log, log] });
	const sampler = sampleTree(child.pid!);
	const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
	const exitCode = await new Promise<number>((resolve, reject) => {
		child.on('error', reject);
		child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
	});
	const wallMs = performance.now() - started;
	const endedAt = Date.now();
	clearTimeout(timer);
	const usage = sampler.stop();
	closeSync(log);

	// GNU time's last line: max RSS (KB), user and system seconds.
	const [maxRssKb, user, system] = ((await readFile(files.time, 'utf8').catch(() => '')).trim().split('\n').at(-1) ?? '')
		.split(' ')
		.map(Number);
	const astroTimer = JSON.parse(await readFile(files.astroTimer, 'utf8').catch(() => '{}')) as BuildRun['astroTimer'];
	const lines = (await readFile(files.timings, 'utf8').catch(() => ''))
		.split('\n')
		.filter(Boolean)
		.map((line) => JSON.parse(line) as Record<string, string | number>);
	const stages = lines.filter((line) => 'stage' in line) as BuildRun['stages'];
	const marks: BuildRun['marks'] = {};
	// The first of each mark, but the last Vite bundle to close: page generation follows it.
	for (const line of lines) {
		const name = line['mark'];
		if (typeof name === 'string' && (marks[name] === undefined || name === 'vite:bundle-closed')) marks[name] = Number(line['at']);
	}
	const pages = parsePageTimes(await readFile(files.log, 'utf8'));
	return {
		startedAt,
		endedAt,
		wallMs,
		exitCode,
		usage,
		marks,
		maxRssTime: maxRssKb && maxRssKb > 0 ? maxRssKb * 1024 : null,
		cpuMs: user !== undefined && system !== undefined && Number.isFinite(user + system) ? (user + system) * 1000 : null,
		astroTimer,
		stages,
		pages,
		logFile: files.log,
	};
}

const shellQuote = (value: string) => `'${value.replaceAll("'", `'\\''`)}'`;

// `11:39:57   ├─ /texts/a-en/index.html (+16ms)`, `(+1.20s)`, `(+1m 3s)`.
const PAGE_LINE = /[├└]─ (\S+) \(\+(?:(\d+)m )?(?:(\d+(?:\.\d+)?)(ms|s))\)/;

/** Each generated page's render time, as Astro logs it. */
export function parsePageTimes(log: string): { path: string; ms: number }[] {
	const pages: { path: string; ms: number }[] = [];
	for (const line of log.replace(/\x1b\[[0-9;]*m/g, '').split('\n')) {
		const match = PAGE_LINE.exec(line);
		if (!match) continue;
		const [, path, minutes, value, unit] = match;
		const ms = Number(minutes ?? 0) * 60_000 + Number(value) * (unit === 's' ? 1000 : 1);
		pages.push({ path: path!, ms });
	}
	return pages;
}
