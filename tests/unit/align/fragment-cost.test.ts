import { describe, expect, it } from 'vitest';
import { FRAGMENT_BELOW, fragmentCosts } from '../../../src/align/fragment-cost.ts';

describe('fragmentCosts', () => {
	it('charges a sentence shorter than a quarter of the median length by how much shorter it is', () => {
		// Median 240, a quarter of it 60.
		const costs = fragmentCosts([300, 240, 12, 330, 240, 45, 61]);
		expect(FRAGMENT_BELOW * 240).toBe(60);
		expect(Array.from(costs.subarray(0, 2))).toEqual([0, 0]);
		expect(costs[2]).toBeCloseTo(Math.log(5), 10);
		expect(costs[5]).toBeCloseTo(Math.log(60 / 45), 10);
		expect(costs[6]).toBe(0);
	});

	it('charges nothing in a text whose sentences are all short, and nothing for a long one', () => {
		expect(Array.from(fragmentCosts([9, 14, 10, 13]))).toEqual([0, 0, 0, 0]);
		expect(Array.from(fragmentCosts([120, 5000, 130]))).toEqual([0, 0, 0]);
	});

	it('takes the median, which a few fragments do not move, and the lower middle of an even count', () => {
		expect(fragmentCosts([200, 200, 200, 10, 10])[3]).toBeCloseTo(Math.log(50 / 10), 10);
		expect(fragmentCosts([300, 10, 80, 600])[1]).toBeCloseTo(Math.log(20 / 10), 10);
	});

	it('handles no sentences and a sentence of no characters', () => {
		expect(fragmentCosts([])).toHaveLength(0);
		expect(fragmentCosts([80, 0, 80])[1]).toBeCloseTo(Math.log(20), 10);
	});
});
