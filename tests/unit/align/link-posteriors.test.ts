import { describe, expect, it } from 'vitest';
import { findBestPath, type LinkCost } from '../../../src/align/find-best-path.ts';
import { CORRIDOR, linkPosteriors } from '../../../src/align/link-posteriors.ts';
import { LINK_TYPES } from '../../../src/align/link-types.ts';

function posteriors(n: number, m: number, cost: LinkCost, temperature = 1) {
	const steps = findBestPath(n, m, cost);
	return { steps, posteriors: linkPosteriors(n, m, cost, temperature, steps) };
}

/** Brute force: every monotone path, weighted e^(−cost / temperature). */
function enumeratePaths(n: number, m: number, cost: LinkCost): { steps: string[]; weight: number }[] {
	const paths: { steps: string[]; weight: number }[] = [];
	const walk = (i: number, j: number, steps: string[], total: number) => {
		if (i === n && j === m) paths.push({ steps, weight: Math.exp(-total) });
		for (const type of LINK_TYPES) {
			const [ni, nj] = [i + type.source, j + type.target];
			if (ni <= n && nj <= m) walk(ni, nj, [...steps, `${i},${j}>${ni},${nj}`], total + cost(type, ni, nj));
		}
	};
	walk(0, 0, [], 0);
	return paths;
}

describe('linkPosteriors', () => {
	it('gives each link of the best path the share of all path weight that passes through it', () => {
		// Uneven costs, so that the lattice has many paths of different weights.
		const cost: LinkCost = (type, i, j) => type.penalty + 0.3 * Math.abs(i - j) + 0.1 * ((i * 7 + j * 3) % 5);
		const { steps, posteriors: found } = posteriors(4, 5, cost);
		const paths = enumeratePaths(4, 5, cost);
		const total = paths.reduce((sum, path) => sum + path.weight, 0);
		steps.forEach((step, k) => {
			const key = `${step.sourceFrom},${step.targetFrom}>${step.sourceTo},${step.targetTo}`;
			const through = paths.filter((path) => path.steps.includes(key)).reduce((sum, path) => sum + path.weight, 0);
			expect(found[k]).toBeCloseTo(through / total, 10);
		});
	});

	it('is near 1 for links the costs pin down and near 1/2 between two equal choices', () => {
		const pinned = posteriors(3, 3, (type, i, j) => (type.source === 1 && type.target === 1 && i === j ? 0 : 30));
		for (const posterior of pinned.posteriors) expect(posterior).toBeGreaterThan(0.999);
		// One source sentence, two target sentences: 1:1 then 0:1, or 0:1 then 1:1, at the same cost; any other path costs far more.
		const cheap = (type: { source: number; target: number }) =>
			(type.source === 0 && type.target === 1) || (type.source === 1 && type.target === 1);
		const tied = posteriors(1, 2, (type) => (cheap(type) ? 1 : 50));
		const oneToOne = tied.steps.findIndex((step) => step.sourceTo - step.sourceFrom === 1 && step.targetTo - step.targetFrom === 1);
		expect(tied.posteriors[oneToOne]).toBeCloseTo(0.5, 5);
	});

	it('spreads probability over more paths at a higher temperature', () => {
		const cost: LinkCost = (type, i, j) => type.penalty + 0.5 * Math.abs(i - j);
		const cold = posteriors(6, 6, cost, 1);
		const warm = posteriors(6, 6, cost, 3);
		expect(Math.min(...warm.posteriors)).toBeLessThan(Math.min(...cold.posteriors));
	});

	it('sums over a corridor around the best path: work linear in the texts, whatever the band', () => {
		const n = 10_000;
		const cost: LinkCost = (type, i, j) => type.penalty + Math.abs(i - j);
		const steps = Array.from({ length: n }, (_, k) => ({ sourceFrom: k, sourceTo: k + 1, targetFrom: k, targetTo: k + 1 }));
		let calls = 0;
		const found = linkPosteriors(n, n, (type, i, j) => (calls++, cost(type, i, j)), 1, steps);
		expect(found).toHaveLength(n);
		for (const posterior of found) expect(posterior).toBeGreaterThan(0.5);
		// Two passes over n + 1 rows, each the path's span in that row (the ends of the 1:1 links
		// meeting it: 3 cells) and CORRIDOR either side, every link shape; and one call per step.
		expect(calls).toBeLessThanOrEqual(2 * (n + 1) * (2 * CORRIDOR + 3) * LINK_TYPES.length + n);
	}, 10_000);
});
