/**
 * The scale benchmark's checks, which decide its exit code: every build succeeded and wrote
 * every page and data file (lib/site-completeness.ts); between the two largest sizes,
 * per-text build time (wall clock, and CPU) stays flat and no stage's CPU time grows
 * faster than n^1.1; at the largest, peak memory stays under 4 GB (8 GB above 10,000
 * texts), and a first search costs at most 300 KB and 2 s. Stages are judged on CPU time:
 * on a shared machine wall time also measures everyone else's load.
 */
import { formatBytes, formatCount, formatSeconds, GB } from '../../lib/bench/format.ts';
import type { FirstSearch } from '../../lib/bench/first-search.ts';
import { STAGES, type SizeResult } from './size-result.ts';

/** What the checks read of a size's results. */
export type CheckedFigures = Pick<SizeResult, 'texts' | 'exitCode' | 'wallMs' | 'cpuMs' | 'stages' | 'cpu' | 'memory' | 'complete'> & {
	firstSearch?: Pick<FirstSearch, 'query' | 'bytes' | 'firstResultMs'> | null;
};

export interface Check {
	name: string;
	passed: boolean;
	detail: string;
}

/** Per-text build time may grow this much from the second-largest size to the largest. */
export const PER_TEXT_LIMIT = 1.5;
/**
 * Peak memory of the build's process tree: 4 GB up to 10,000 texts (issue 5), 8 GB for
 * larger corpora, up to the 100,000 texts of a whole review dataset (issue 16).
 */
export const memoryLimit = (texts: number) => (texts > 10_000 ? 8 * GB : 4 * GB);
/** A first search at the largest size: what it may transfer and how long its first result may take. */
export const FIRST_SEARCH_BYTES_LIMIT = 300_000;
export const FIRST_SEARCH_MS_LIMIT = 2000;
/**
 * A stage is super-linear when its time grows like n^k with k above this, between the
 * two largest sizes (linear is 1, quadratic 2). Stages under `MIN_STAGE_MS` at the
 * largest size are too small to judge (fixed costs and noise dominate them).
 */
export const EXPONENT_LIMIT = 1.1;
export const MIN_STAGE_MS = 2000;

/** Growth exponent of `b` over `a` between sizes `na` and `nb`: log(b/a) / log(nb/na). */
export function growthExponent(a: number, b: number, na: number, nb: number): number {
	if (a <= 0 || b <= 0) return Number.NaN;
	return Math.log(b / a) / Math.log(nb / na);
}

export const formatK = (k: number) => (Number.isNaN(k) ? 'n/a' : k.toFixed(2));

export function runChecks(results: readonly CheckedFigures[]): Check[] {
	const checks: Check[] = [];
	const sorted = [...results].sort((a, b) => a.texts - b.texts);
	const failed = sorted.filter((result) => result.exitCode !== 0);
	checks.push({
		name: 'every build succeeded',
		passed: failed.length === 0,
		detail: failed.length === 0 ? `${sorted.length} builds` : `failed at ${failed.map((result) => result.texts).join(', ')} texts`,
	});
	const incomplete = sorted.filter(
		({ texts, exitCode, complete }) =>
			exitCode === 0 && complete && (complete.missing > 0 || complete.texts !== texts || complete.indexedTexts !== texts),
	);
	checks.push({
		name: 'every page and data file written, every text indexed',
		passed: incomplete.length === 0,
		detail:
			incomplete.length === 0
				? `${sorted.map(({ complete }) => (complete ? formatCount(complete.expected) : '–')).join(', ')} files expected, all there`
				: incomplete
						.map(
							({ texts, complete }) =>
								`at ${formatCount(texts)} texts: ${formatCount(complete!.missing)} of ${formatCount(complete!.expected)} files missing, ${formatCount(complete!.texts)} texts listed, ${formatCount(complete!.indexedTexts ?? 0)} indexed`,
						)
						.join('; '),
	});
	const largest = sorted.at(-1);
	const previous = sorted.at(-2);
	if (largest && previous) {
		const span = `${formatCount(previous.texts)} → ${formatCount(largest.texts)} texts`;
		for (const [what, of] of [
			['build time', (result: CheckedFigures) => result.wallMs],
			['CPU time', (result: CheckedFigures) => result.cpuMs],
		] as const) {
			const perText = (result: CheckedFigures) => of(result) / result.texts;
			const ratio = perText(largest) / perText(previous);
			checks.push({
				name: `per-text ${what} flat (${span}, within ${PER_TEXT_LIMIT}×)`,
				passed: ratio <= PER_TEXT_LIMIT,
				detail: `${perText(previous).toFixed(1)} → ${perText(largest).toFixed(1)} ms per text (${ratio.toFixed(2)}×)`,
			});
		}
		for (const { key, label } of STAGES) {
			const k = growthExponent(previous.cpu[key], largest.cpu[key], previous.texts, largest.texts);
			const kWall = growthExponent(previous.stages[key], largest.stages[key], previous.texts, largest.texts);
			const judged = largest.cpu[key] >= MIN_STAGE_MS;
			checks.push({
				name: `${label}: not super-linear (CPU ∝ n^k, k ≤ ${EXPONENT_LIMIT})`,
				passed: !judged || !(k > EXPONENT_LIMIT),
				detail: `CPU ${formatSeconds(previous.cpu[key])} → ${formatSeconds(largest.cpu[key])}, k = ${formatK(k)} (wall k = ${formatK(kWall)})${judged ? '' : `; under ${MIN_STAGE_MS / 1000} s, not judged`}`,
			});
		}
	}
	if (largest) {
		const limit = memoryLimit(largest.texts);
		checks.push({
			name: `peak memory under ${formatBytes(limit)} at ${formatCount(largest.texts)} texts`,
			passed: largest.memory.peakTreeRss < limit,
			detail: `${formatBytes(largest.memory.peakTreeRss)} (whole process tree; largest process ${formatBytes(largest.memory.peakProcessRss)}, ${largest.memory.peakProcess})`,
		});
		const search = largest.firstSearch;
		if (search) {
			checks.push({
				name: `first search at ${formatCount(largest.texts)} texts: at most ${formatBytes(FIRST_SEARCH_BYTES_LIMIT)}, first result within ${formatSeconds(FIRST_SEARCH_MS_LIMIT)}`,
				passed: search.bytes <= FIRST_SEARCH_BYTES_LIMIT && search.firstResultMs <= FIRST_SEARCH_MS_LIMIT,
				detail: `“${search.query}”: ${formatBytes(search.bytes)}, first result in ${formatSeconds(search.firstResultMs)}`,
			});
		}
	}
	return checks;
}
