/**
 * Build-stage timings, for the scale benchmark (`npm run bench:scale`,
 * scripts/scale/run-scale.ts). Off unless `REVIEW_CORPUS_TIMINGS` names a file: then
 * each instrumented stage appends one JSON line to it when it ends, with its duration
 * and the time it ended (`at`, ms since the epoch), e.g.
 *
 *     {"stage":"align","ms":1234.5,"at":1763721600000,"pairs":800,"cpuMs":1200,"rssMB":900,"heapMB":610}
 *
 * Stages: `content:read` (reading, checking and segmenting the corpus folder, once per
 * build), `content:store` (filling one collection's data store, with `collection`),
 * `align` (every alignment of the build, summed, with `pairs` and `cpuMs`), and, in the
 * search index's own process (src/search/build-search-index.ts), a `search-index:start`
 * mark, then `search:corpus` (reading the corpus again), `search:records` and
 * `search:index` (building the index files, then writing them, with
 * `records`). Each line also gives the process's resident set and V8 heap
 * in use (`rssMB`, `heapMB`). The `buildTimings()` integration adds marks at Astro's build
 * phases (`{"mark":"astro:build:start","at":…}`), which the benchmark uses to split the
 * build's wall and CPU time into stages; it is added by the benchmark's own config
 * (scripts/scale/astro.config.mjs), not the site's. Lines are appended, never rewritten,
 * so every module instance and process of a build can write to the same file.
 */
import { appendFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

/** The environment variable naming the timings file. */
export const TIMINGS_ENV = 'REVIEW_CORPUS_TIMINGS';

// With each line, this process's resident set and V8 heap in use, in MB.
function append(entry: Record<string, string | number>): void {
	const file = process.env[TIMINGS_ENV];
	if (!file) return;
	const { rss, heapUsed } = process.memoryUsage();
	appendFileSync(file, `${JSON.stringify({ ...entry, rssMB: Math.round(rss / 2 ** 20), heapMB: Math.round(heapUsed / 2 ** 20) })}\n`);
}

/** Marks that a phase begins now, if timings are on. */
export function recordMark(name: string): void {
	append({ mark: name, at: Date.now() });
}

/** Records that a stage took `ms` and ended now (with any counts), if timings are on. */
export function recordStage(stage: string, ms: number, details: Record<string, string | number> = {}): void {
	append({ stage, ms: Math.round(ms * 10) / 10, at: Date.now(), ...details });
}

/** Milliseconds of CPU (user + system) this process has used: to time a stage's CPU. */
export function cpuMs(): number {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
}

/**
 * Marks the phases of a build in the timings file: `astro:config:done` (content sync
 * follows), `astro:build:start` (Vite bundling follows), `vite:bundle-closed` (once per
 * Vite environment: page generation follows the last), `astro:build:generated` and
 * `astro:build:done` (the other integrations' build:done work follows).
 */
export function buildTimings(): AstroIntegration {
	const mark = (name: string) => () => recordMark(name);
	return {
		name: 'review-corpus:build-timings',
		hooks: {
			'astro:config:done': mark('astro:config:done'),
			'astro:build:start': mark('astro:build:start'),
			'astro:build:setup': ({ updateConfig }) => {
				updateConfig({ plugins: [{ name: 'review-corpus:build-timings', closeBundle: mark('vite:bundle-closed') }] });
			},
			'astro:build:generated': mark('astro:build:generated'),
			'astro:build:done': mark('astro:build:done'),
		},
	};
}
