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

/** The cheapest path for n source and m target sentences, in text order. */
export function findBestPath(n: number, m: number, linkCost: LinkCost): PathStep[] {
	const { lo, hi } = alignmentBand(n, m);
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
