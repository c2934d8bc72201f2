import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { growthExponent, memoryLimit, MIN_STAGE_MS, runChecks, type CheckedFigures } from '../../../scripts/scale/lib/checks.ts';

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
		// The build, its files, per-text wall and CPU time, each of the six stages, memory and the first search.
		expect(checks).toHaveLength(12);
		expect(checks.filter((check) => !check.passed)).toEqual([]);
		expect(checks[2]!.name).toBe('per-text build time flat (1,000 → 10,000 texts, within 1.5×)');
		expect(checks[2]!.detail).toBe('60.7 → 53.9 ms per text (0.89×)');
		expect(checks.at(-1)!.detail).toBe('“film”: 20.8 KB, first result in 0.45 s');
	});

	it('fails when a build left out a page or a data file, or did not index every text', () => {
		const sizes = measured();
		const name = 'every page and data file written, every text indexed';
		const complete = { texts: 10_000, expected: 90_000, missing: 0, firstMissing: [], indexedTexts: 10_000 };
		sizes.at(-1)!.complete = complete;
		expect(runChecks(sizes).find((check) => check.name === name)?.passed).toBe(true);
		sizes.at(-1)!.complete = { ...complete, missing: 1, firstMissing: ['/texts/x/'] };
		expect(failed(sizes)).toEqual([name]);
		sizes.at(-1)!.complete = { ...complete, indexedTexts: 9_999 };
		expect(failed(sizes)).toEqual([name]);
		sizes.at(-1)!.complete = { ...complete, texts: 9_999 };
		expect(failed(sizes)).toEqual([name]);
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

	it('fails a stage whose CPU time grows faster than n^1.1, judged on CPU and not on wall time', () => {
		const sizes = measured();
		const [previous, largest] = [sizes.at(-2)!, sizes.at(-1)!];
		// Ten times the texts, 10^1.15 times the CPU time: k = 1.15.
		const extra = previous.cpu.align * 10 ** 1.15 - largest.cpu.align;
		largest.cpu.align += extra;
		largest.cpuMs += extra;
		// Wall time alone growing fast (another job on the machine) fails nothing.
		largest.stages.pages *= 10;
		expect(failed(sizes)).toEqual(['Alignment: not super-linear (CPU ∝ n^k, k ≤ 1.1)']);
		expect(growthExponent(previous.cpu.align, largest.cpu.align, previous.texts, largest.texts)).toBeCloseTo(1.15);
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
		sizes.at(-1)!.memory.peakTreeRss = memoryLimit(10_000);
		expect(failed(sizes)).toEqual(['peak memory under 4.00 GB at 10,000 texts']);
	});

	it('allows 8 GB above 10,000 texts, and no more', () => {
		const sizes = measured();
		const largest = sizes.at(-1)!;
		largest.texts = 100_000;
		largest.wallMs *= 10;
		largest.cpuMs *= 10;
		for (const key of Object.keys(largest.cpu) as (keyof typeof largest.cpu)[]) largest.cpu[key] *= 10;
		largest.memory.peakTreeRss = 7.9e9;
		expect(failed(sizes)).toEqual([]);
		largest.memory.peakTreeRss = 8e9;
		expect(failed(sizes)).toEqual(['peak memory under 8.00 GB at 100,000 texts']);
	});

	it('fails a first search at the largest size over 300 KB or slower than 2 s to its first result', () => {
		const sizes = measured();
		const largest = sizes.at(-1)!;
		const name = 'first search at 10,000 texts: at most 300.0 KB, first result within 2.00 s';
		largest.firstSearch = { query: 'film', bytes: 300_000, firstResultMs: 2000 };
		expect(runChecks(sizes).find((check) => check.name === name)?.passed).toBe(true);
		largest.firstSearch = { query: 'film', bytes: 300_001, firstResultMs: 450 };
		expect(failed(sizes)).toEqual([name]);
		largest.firstSearch = { query: 'film', bytes: 20_800, firstResultMs: 2001 };
		expect(failed(sizes)).toEqual([name]);
	});

	it('checks a single size for its build, its memory and its first search only', () => {
		const checks = runChecks(measured().slice(0, 1));
		expect(checks.map((check) => [check.name, check.passed])).toEqual([
			['every build succeeded', true],
			['every page and data file written, every text indexed', true],
			['peak memory under 4.00 GB at 100 texts', true],
			['first search at 100 texts: at most 300.0 KB, first result within 2.00 s', true],
		]);
	});
});
