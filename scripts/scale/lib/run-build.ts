/**
 * One measured build of a corpus folder, step by step as `npm run build` runs it
 * (scripts/lib/site-build-steps.ts), into its own output folder (inside the project:
 * Astro puts the server build of an outDir outside the working directory in the shared
 * `.astro/.prerender/`, where concurrent builds overwrite each other) with a fresh
 * content cache. It measures the wall time, memory and CPU of the whole process tree,
 * and reads what the build says of its stages: Astro's own timer (`ASTRO_TIMER_PATH`)
 * and the platform's performance entries of every process (the site's measures, and
 * the build-phase marks of scripts/scale/astro.config.mjs, which it builds with),
 * written down by scripts/lib/bench/record-performance.ts, loaded with `node --import`.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PERFORMANCE_FILE, type RecordedEntry } from '../../lib/bench/record-performance.ts';
import { siteBuildSteps } from '../../lib/site-build-steps.ts';
import { sampleTree, type TreeUsage } from './process-tree.ts';

/** Every measure of one name, summed. */
export interface MeasureTotal {
	/** Their durations summed, in ms. */
	ms: number;
	count: number;
	/** The first one's start and the last one's end, in ms since the epoch. */
	start: number;
	end: number;
	/** The last one's detail (counts). */
	detail?: unknown;
}

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
	/** The measures of every process, by name: `corpus:load`, `align:pair`, `search:write`… */
	measures: Record<string, MeasureTotal>;
	/** When each build phase began (ms since the epoch): `astro:build:start` → at. */
	marks: Record<string, number>;
	/** Render time of each generated page, from Astro's log: path → ms. */
	pages: { path: string; ms: number }[];
	logFile: string;
}

/** The benchmark's Astro config, relative to the project root. */
const CONFIG = 'scripts/scale/astro.config.mjs';
const RECORDER = resolve(import.meta.dirname, '../../lib/bench/record-performance.ts');

export interface BuildOptions {
	root: string;
	corpusDir: string;
	/** Folder for this build: dist/, cache/, log and timing files go in it (emptied first). */
	workDir: string;
	/** Kills the build after this long. */
	timeoutMs?: number;
}

export async function runBuild({ root, corpusDir, workDir, timeoutMs = 3 * 3600_000 }: BuildOptions): Promise<BuildRun> {
	await rm(workDir, { recursive: true, force: true });
	await mkdir(workDir, { recursive: true });
	const files = {
		dist: join(workDir, 'dist'),
		cache: join(workDir, 'cache'),
		log: join(workDir, 'build.log'),
		performance: join(workDir, 'performance.jsonl'),
		astroTimer: join(workDir, 'astro-timer.json'),
		time: join(workDir, 'time.txt'),
	};
	const env = {
		...process.env,
		CORPUS_DIR: corpusDir,
		ASTRO_CACHE_DIR: files.cache,
		[PERFORMANCE_FILE]: files.performance,
		ASTRO_TIMER_PATH: files.astroTimer,
		ASTRO_TELEMETRY_DISABLED: '1',
		FORCE_COLOR: '0',
	};
	const log = openSync(files.log, 'w');
	const startedAt = Date.now();
	const started = performance.now();
	// GNU time around a shell: its resident set is the largest of any process it waited
	// for, its CPU time the sum of all of them.
	const steps = siteBuildSteps(root, files.dist, { config: CONFIG }).map((args) =>
		[process.execPath, '--import', RECORDER, ...args].map(shellQuote).join(' '),
	);
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
	const entries = (await readFile(files.performance, 'utf8').catch(() => ''))
		.split('\n')
		.filter(Boolean)
		.map((line) => JSON.parse(line) as RecordedEntry);
	return {
		startedAt,
		endedAt,
		wallMs,
		exitCode,
		usage,
		...summarizeEntries(entries),
		maxRssTime: maxRssKb && maxRssKb > 0 ? maxRssKb * 1024 : null,
		cpuMs: user !== undefined && system !== undefined && Number.isFinite(user + system) ? (user + system) * 1000 : null,
		astroTimer,
		pages: parsePageTimes(await readFile(files.log, 'utf8')),
		logFile: files.log,
	};
}

/** Measures summed by name; the first of each mark, but the last Vite bundle to close (page generation follows it). */
export function summarizeEntries(entries: readonly RecordedEntry[]): Pick<BuildRun, 'measures' | 'marks'> {
	const measures: BuildRun['measures'] = {};
	const marks: BuildRun['marks'] = {};
	for (const entry of entries) {
		if (entry.type === 'mark') {
			if (marks[entry.name] === undefined || entry.name === 'vite:bundle-closed') marks[entry.name] = entry.start;
			continue;
		}
		const total = (measures[entry.name] ??= { ms: 0, count: 0, start: entry.start, end: 0 });
		total.ms += entry.duration;
		total.count += 1;
		total.start = Math.min(total.start, entry.start);
		total.end = Math.max(total.end, entry.start + entry.duration);
		if (entry.detail !== undefined) total.detail = entry.detail;
	}
	return { measures, marks };
}

const shellQuote = (value: string) => `'${value.replaceAll("'", `'\\''`)}'`;

// `11:39:57   ├─ /texts/a-en/index.html (+16ms)`, `(+1.20s)`, `(+1m 3s)`.
const PAGE_LINE = /[├└]─ (\S+) \(\+(?:(\d+)m )?(?:(\d+(?:\.\d+)?)(ms|s))\)/;

/** Each generated page's render time, as Astro logs it. */
function parsePageTimes(log: string): { path: string; ms: number }[] {
	const pages: { path: string; ms: number }[] = [];
	for (const line of log.replace(/\x1b\[[0-9;]*m/g, '').split('\n')) {
		const match = PAGE_LINE.exec(line);
		if (!match) continue;
		const [, path, minutes, value, unit] = match;
		const ms = Number(minutes ?? 0) * 60_000 + Number(value) * (unit === 'ms' ? 1 : 1000);
		pages.push({ path: path!, ms });
	}
	return pages;
}
