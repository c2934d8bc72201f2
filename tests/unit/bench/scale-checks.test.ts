import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { growthExponent, MEMORY_LIMIT, MIN_STAGE_MS, runChecks, type CheckedFigures } from '../../../scripts/scale/lib/checks.ts';

/** The real figures of a scale run at 100, 1,000 and 10,000 texts (the fixture says which). */
function measured(): CheckedFigures[] {
	const file = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/bench/scale-figures.json'), 'utf8')) as {
		sizes: CheckedFigures[];
	};
	return file.sizes;
}

const failed = (sizes: readonly CheckedFigures[]) =>
	runChecks(sizes)
		.filter((check) => !check.passed)
		.map((check) => check.name);

describe('runChecks', () => {
	it('passes a run that scales linearly and stays under the memory limit', () => {
		const checks = runChecks(measured());
		// The build, per-text wall and CPU time, each of the six stages, and memory.
		expect(checks).toHaveLength(10);
		expect(checks.filter((check) => !check.passed)).toEqual([]);
		expect(checks[1]!.name).toBe('per-text build time flat (1,000 → 10,000 texts, within 1.5×)');
		expect(checks[1]!.detail).toBe('25.7 → 27.9 ms per text (1.08×)');
	});

	it('fails when a build failed', () => {
		const sizes = measured();
		sizes[0]!.exitCode = 1;
		expect(failed(sizes)).toEqual(['every build succeeded']);
	});

	it('fails when the time per text grows more than 1.5× between the two largest sizes', () => {
		const sizes = measured();
		const largest = sizes.at(-1)!;
		const perText = sizes.at(-2)!.wallMs / sizes.at(-2)!.texts;
		largest.wallMs = perText * largest.texts * 1.6;
		expect(failed(sizes)).toEqual(['per-text build time flat (1,000 → 10,000 texts, within 1.5×)']);
	});

	it('fails a stage whose CPU time grows faster than n^1.3, judged on CPU and not on wall time', () => {
		const sizes = measured();
		const [previous, largest] = [sizes.at(-2)!, sizes.at(-1)!];
		// Ten times the texts, 10^1.5 times the CPU time: k = 1.5.
		const extra = previous.cpu.align * 10 ** 1.5 - largest.cpu.align;
		largest.cpu.align += extra;
		largest.cpuMs += extra;
		// Wall time alone growing fast (another job on the machine) fails nothing.
		largest.stages.pages *= 10;
		expect(failed(sizes)).toEqual(['Alignment: not super-linear (CPU ∝ n^k, k ≤ 1.3)']);
		expect(growthExponent(previous.cpu.align, largest.cpu.align, previous.texts, largest.texts)).toBeCloseTo(1.5);
	});

	it('does not judge a stage too small to measure, however fast it grows', () => {
		const sizes = measured();
		const [previous, largest] = [sizes.at(-2)!, sizes.at(-1)!];
		previous.cpu.bundle = 10;
		largest.cpu.bundle = MIN_STAGE_MS - 1;
		const bundle = runChecks(sizes).find((check) => check.name.startsWith('Vite bundling'))!;
		expect(bundle.passed).toBe(true);
		expect(bundle.detail).toMatch(/under 2 s, not judged$/);
	});

	it('fails when the peak memory at the largest size reaches the limit', () => {
		const sizes = measured();
		sizes.at(-1)!.memory.peakTreeRss = MEMORY_LIMIT;
		expect(failed(sizes)).toEqual(['peak memory under 4.00 GB at 10,000 texts']);
	});

	it('checks a single size for its build and its memory only', () => {
		const checks = runChecks(measured().slice(0, 1));
		expect(checks.map((check) => [check.name, check.passed])).toEqual([
			['every build succeeded', true],
			['peak memory under 4.00 GB at 100 texts', true],
		]);
	});
});
