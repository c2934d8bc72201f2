/**
 * Build-stage timings, for the scale benchmark (`npm run bench:scale`,
 * scripts/scale/run-scale.ts). Off unless `REVIEW_CORPUS_TIMINGS` names a file: then each
 * instrumented stage appends one JSON line to it when it ends,
 *
 *     {"stage":"align","ms":1234.5,"pairs":800}
 *
 * Stages: `content:read` (reading, checking and segmenting the corpus folder, once per
 * build), `content:store` (filling a collection's data store, once per collection, with
 * `collection`), `align` (every alignment of the build, summed, with `pairs`),
 * `search:records` and `search:index` (the search index's records, then Pagefind
 * indexing and writing its bundles, with `records`). Lines are appended, never
 * rewritten, so every module instance and process of a build can write to the same file.
 */
import { appendFileSync } from 'node:fs';

/** The environment variable naming the timings file. */
export const TIMINGS_ENV = 'REVIEW_CORPUS_TIMINGS';

/** Appends a stage's duration (and any counts) to the timings file, if there is one. */
export function recordStage(stage: string, ms: number, details: Record<string, string | number> = {}): void {
	const file = process.env[TIMINGS_ENV];
	if (!file) return;
	appendFileSync(file, `${JSON.stringify({ stage, ms: Math.round(ms * 10) / 10, ...details })}\n`);
}

/** Runs `work` and records how long it took as `stage`. */
export async function timeStage<T>(stage: string, work: () => Promise<T>, details: Record<string, string | number> = {}): Promise<T> {
	const started = performance.now();
	const result = await work();
	recordStage(stage, performance.now() - started, details);
	return result;
}
