/**
 * The dynamic programme of sentence alignment: the cheapest monotone path from (0, 0) to
 * (n, m) through the grid of sentence boundaries, each step a link shape of
 * `LINK_TYPES`. Cell (i, j) holds the cheapest alignment of the first i source and the
 * first j target sentences, within the band of `alignment-band.ts`.
 */
import { alignmentBand } from './alignment-band.ts';
import { LINK_TYPES, type LinkType } from './link-types.ts';

/** One step of the path: source sentences [sourceFrom, sourceTo) link to target [targetFrom, targetTo). */
export interface PathStep {
	sourceFrom: number;
	sourceTo: number;
	targetFrom: number;
	targetTo: number;
}

/** The cost of a link of shape `type` that ends after source sentence i and target sentence j. */
export type LinkCost = (type: LinkType, i: number, j: number) => number;

export { MAX_BAND, MIN_BAND } from './alignment-band.ts';

/** The path, and the forward sums that `linkPosteriors` needs, when asked for. */
export interface Lattice {
	steps: PathStep[];
	/**
	 * Row i: ln of the summed weight, e^(−cost / temperature), of every path from (0, 0)
	 * to (i, j) for j in the band; only when a temperature was given.
	 */
	forward?: Float64Array[];
}

/** The cheapest path for n source and m target sentences, in text order. */
export function findBestPath(n: number, m: number, linkCost: LinkCost): PathStep[] {
	return searchLattice(n, m, linkCost).steps;
}

/**
 * The cheapest path and, with a `temperature`, the forward sums of the lattice of every
 * path, in one pass: each link cost is computed once for both.
 */
export function searchLattice(n: number, m: number, linkCost: LinkCost, temperature?: number): Lattice {
	const { lo, hi } = alignmentBand(n, m);
	const costs: Float64Array[] = [];
	const moves: Uint8Array[] = [];
	const forward: Float64Array[] = [];
	const at = (i: number, j: number) => (i < 0 || j < lo[i]! || j > hi[i]! ? Infinity : costs[i]![j - lo[i]!]!);
	const sums = temperature !== undefined;
	const terms = new Float64Array(LINK_TYPES.length);
	for (let i = 0; i <= n; i++) {
		const row = new Float64Array(hi[i]! - lo[i]! + 1).fill(Infinity);
		const move = new Uint8Array(row.length);
		const sumRow = new Float64Array(sums ? row.length : 0).fill(-Infinity);
		costs.push(row);
		moves.push(move);
		if (sums) forward.push(sumRow);
		for (let j = lo[i]!; j <= hi[i]!; j++) {
			if (i === 0 && j === 0) {
				row[0] = 0;
				if (sums) sumRow[0] = 0;
				continue;
			}
			let best = Infinity;
			let bestType = 0;
			let count = 0;
			for (let t = 0; t < LINK_TYPES.length; t++) {
				const type = LINK_TYPES[t]!;
				if (type.source > i || type.target > j) continue;
				const before = at(i - type.source, j - type.target);
				if (before === Infinity) continue;
				const cost = linkCost(type, i, j);
				const total = before + cost;
				// Strictly less: among equal costs the first shape in LINK_TYPES wins.
				if (total < best) {
					best = total;
					bestType = t;
				}
				if (sums) terms[count++] = forward[i - type.source]![j - type.target - lo[i - type.source]!]! - cost / temperature!;
			}
			row[j - lo[i]!] = best;
			move[j - lo[i]!] = bestType;
			if (sums) sumRow[j - lo[i]!] = logSumExp(terms, count);
		}
	}
	return sums ? { steps: tracePath(n, m, lo, moves), forward } : { steps: tracePath(n, m, lo, moves) };
}

/** ln Σ e^(values[k]) over the first `count` values, without overflow. */
export function logSumExp(values: Float64Array, count: number): number {
	let max = -Infinity;
	for (let k = 0; k < count; k++) if (values[k]! > max) max = values[k]!;
	if (max === -Infinity) return -Infinity;
	let sum = 0;
	for (let k = 0; k < count; k++) sum += Math.exp(values[k]! - max);
	return max + Math.log(sum);
}

function tracePath(n: number, m: number, lo: Int32Array, moves: readonly Uint8Array[]): PathStep[] {
	const steps: PathStep[] = [];
	for (let i = n, j = m; i > 0 || j > 0;) {
		const type = LINK_TYPES[moves[i]![j - lo[i]!]!]!;
		steps.push({ sourceFrom: i - type.source, sourceTo: i, targetFrom: j - type.target, targetTo: j });
		i -= type.source;
		j -= type.target;
	}
	return steps.reverse();
}
