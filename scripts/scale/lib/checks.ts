/**
 * The scale benchmark's checks, which decide its exit code: every build succeeded; between
 * the two largest sizes, per-text build time (wall clock, and CPU) stays flat and no
 * stage's CPU time grows faster than n^1.3; at the largest, peak memory stays under 4 GB.
 * Stages are judged on CPU time: on a shared machine wall time also measures everyone
 * else's load.
 */
import { formatBytes, formatCount, formatSeconds, GB } from '../../lib/bench/format.ts';
import { STAGES, type SizeResult } from './size-result.ts';

/** What the checks read of a size's results. */
export type CheckedFigures = Pick<SizeResult, 'texts' | 'exitCode' | 'wallMs' | 'cpuMs' | 'stages' | 'cpu' | 'memory'>;

export interface Check {
	name: string;
	passed: boolean;
	detail: string;
}

/** Per-text build time may grow this much from the second-largest size to the largest. */
export const PER_TEXT_LIMIT = 1.5;
export const MEMORY_LIMIT = 4 * GB;
/**
 * A stage is super-linear when its time grows like n^k with k above this, between the
 * two largest sizes (linear is 1, quadratic 2). Stages under `MIN_STAGE_MS` at the
 * largest size are too small to judge (fixed costs and noise dominate them).
 */
export const EXPONENT_LIMIT = 1.3;
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
		checks.push({
			name: `peak memory under ${formatBytes(MEMORY_LIMIT)} at ${formatCount(largest.texts)} texts`,
			passed: largest.memory.peakTreeRss < MEMORY_LIMIT,
			detail: `${formatBytes(largest.memory.peakTreeRss)} (whole process tree; largest process ${formatBytes(largest.memory.peakProcessRss)}, ${largest.memory.peakProcess})`,
		});
	}
	return checks;
}
