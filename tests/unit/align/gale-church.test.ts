import { describe, expect, it } from 'vitest';
import { estimateLengthRatio, lengthCost, standardNormalCdf } from '../../../src/align/gale-church.ts';

describe('standardNormalCdf', () => {
	it.each([
		[0, 0.5],
		[1, 0.841345],
		[1.96, 0.975002],
		[-1.96, 0.024998],
		[3, 0.99865],
	])('Φ(%d) = %d', (x, expected) => {
		expect(standardNormalCdf(x)).toBeCloseTo(expected, 5);
	});
});

describe('lengthCost', () => {
	it('costs nothing when the target is exactly c times the source', () => {
		expect(lengthCost(100, 100, 1)).toBeCloseTo(0, 5);
		expect(lengthCost(100, 110, 1.1)).toBeCloseTo(0, 5);
	});

	it('is −ln of the two-sided tail probability of δ = (l2 − c·l1) / √(s²·mean)', () => {
		// l1 = 100, l2 = 130, c = 1: mean = 115, δ = 30 / √(6.8 · 115) ≈ 1.0727.
		const delta = 30 / Math.sqrt(6.8 * 115);
		expect(lengthCost(100, 130, 1)).toBeCloseTo(-Math.log(2 * (1 - standardNormalCdf(delta))), 10);
		expect(lengthCost(100, 130, 1)).toBeCloseTo(1.261, 3);
	});

	it('grows as the lengths part, the same way either side', () => {
		const costs = [100, 120, 150, 200, 300].map((length) => lengthCost(100, length, 1));
		expect(costs).toEqual([...costs].sort((a, b) => a - b));
		expect(lengthCost(100, 60, 1)).toBeGreaterThan(lengthCost(100, 80, 1));
	});

	it('forgives the same absolute difference more in long sentences', () => {
		expect(lengthCost(400, 430, 1)).toBeLessThan(lengthCost(100, 130, 1));
	});

	it('stays finite for an empty side, and is 0 for two empty ones', () => {
		expect(lengthCost(0, 0, 1)).toBe(0);
		expect(Number.isFinite(lengthCost(500, 0, 1))).toBe(true);
		expect(lengthCost(500, 0, 1)).toBeGreaterThan(10);
	});
});

describe('estimateLengthRatio', () => {
	it('is the ratio of total target to total source characters', () => {
		expect(estimateLengthRatio([100, 200], [110, 220])).toBeCloseTo(1.1, 10);
	});

	it('stays within 0.5–2, and is 1 for an empty text', () => {
		expect(estimateLengthRatio([100], [1000])).toBe(2);
		expect(estimateLengthRatio([1000], [100])).toBe(0.5);
		expect(estimateLengthRatio([], [100])).toBe(1);
	});
});
