import { describe, expect, it } from 'vitest';
import { PARALLEL_REGIONS, parallelProbability, UNRELATED_REGIONS } from '../../../src/align/parallel-region.ts';

describe('parallelProbability', () => {
	it('is near 0 at the unrelated regions’ mean and near 1 at the parallel ones’', () => {
		expect(parallelProbability(UNRELATED_REGIONS.mean)).toBeLessThan(0.01);
		expect(parallelProbability(PARALLEL_REGIONS.mean)).toBeGreaterThan(0.99);
	});

	it('rises with the evidence, and never rises again below the unrelated mean', () => {
		const values = [-1, -0.2, 0, UNRELATED_REGIONS.mean, 0.08, 0.1, 0.12, 0.2, 0.4, 1].map((x) => parallelProbability(x));
		for (let k = 1; k < values.length; k++) expect(values[k]).toBeGreaterThanOrEqual(values[k - 1]!);
		expect(parallelProbability(-1)).toBe(parallelProbability(UNRELATED_REGIONS.mean));
	});

	it('is Bayes’ rule between the two normal distributions at even odds', () => {
		const density = (x: number, mean: number, deviation: number) => Math.exp(-0.5 * ((x - mean) / deviation) ** 2) / deviation;
		const x = 0.1;
		const parallel = density(x, PARALLEL_REGIONS.mean, PARALLEL_REGIONS.deviation);
		const unrelated = density(x, UNRELATED_REGIONS.mean, UNRELATED_REGIONS.deviation);
		expect(parallelProbability(x)).toBeCloseTo(parallel / (parallel + unrelated), 10);
	});
});
