/**
 * The dynamic programme of sentence alignment: the cheapest monotone path from (0, 0) to
 * (n, m) through the grid of sentence boundaries, each step a link shape of
 * `LINK_TYPES`. Cell (i, j) holds the cheapest alignment of the first i source and the
 * first j target sentences. Only a band around the diagonal is computed, so a pair of
 * long texts costs O(n · band) time and memory; texts up to `MIN_BAND` sentences are
 * searched whole, and the band is never wider than `MAX_BAND`.
 */
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

/** Half-width of the band, in target sentences, below which texts are searched whole. */
export const MIN_BAND = 100;
const BAND_FRACTION = 0.1;
/**
 * The widest band, in target sentences either side of the diagonal: 10% of 2,500
 * sentences. Without a cap the band grows with the texts and the search with their
 * square (10,000 sentences: 2,001 × 10,001 cells, 12 s); with it, linearly. The diagonal
 * follows the pair's overall length ratio, so a path strays from it only by what one text
 * drops or adds beyond the other: a band of 250 either side still holds a path around a
 * block of some 500 sentences missing from one text.
 */
export const MAX_BAND = 250;

/** The cheapest path for n source and m target sentences, in text order. */
export function findBestPath(n: number, m: number, linkCost: LinkCost): PathStep[] {
	// The band must let a path through even when the texts' lengths differ a lot: with
	// at least m / n target sentences per source sentence, skips can always reach the next row.
	const proportional = Math.min(MAX_BAND, Math.ceil(BAND_FRACTION * Math.max(n, m)));
	const halfWidth = Math.max(MIN_BAND, proportional, Math.ceil(m / Math.max(1, n)) + 3);
	const lo = new Int32Array(n + 1);
	const hi = new Int32Array(n + 1);
	for (let i = 0; i <= n; i++) {
		const centre = n === 0 ? 0 : (i * m) / n;
		lo[i] = i === 0 ? 0 : Math.max(0, Math.floor(centre) - halfWidth);
		hi[i] = i === n ? m : Math.min(m, Math.ceil(centre) + halfWidth);
	}
	const costs: Float64Array[] = [];
	const moves: Uint8Array[] = [];
	const at = (i: number, j: number) => (i < 0 || j < lo[i]! || j > hi[i]! ? Infinity : costs[i]![j - lo[i]!]!);
	for (let i = 0; i <= n; i++) {
		const row = new Float64Array(hi[i]! - lo[i]! + 1).fill(Infinity);
		const move = new Uint8Array(row.length);
		costs.push(row);
		moves.push(move);
		for (let j = lo[i]!; j <= hi[i]!; j++) {
			if (i === 0 && j === 0) {
				row[0] = 0;
				continue;
			}
			let best = Infinity;
			let bestType = 0;
			for (let t = 0; t < LINK_TYPES.length; t++) {
				const type = LINK_TYPES[t]!;
				if (type.source > i || type.target > j) continue;
				const before = at(i - type.source, j - type.target);
				if (before === Infinity) continue;
				const total = before + linkCost(type, i, j);
				// Strictly less: among equal costs the first shape in LINK_TYPES wins.
				if (total < best) {
					best = total;
					bestType = t;
				}
			}
			row[j - lo[i]!] = best;
			move[j - lo[i]!] = bestType;
		}
	}
	return tracePath(n, m, lo, moves);
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
