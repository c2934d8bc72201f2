/**
 * Posterior link probabilities by the forward–backward algorithm over the alignment
 * lattice (as in Moore, "Fast and Accurate Sentence Alignment of Bilingual Corpora",
 * 2002): every monotone path through the band is weighted e^(−cost / temperature), and a
 * link's posterior is the share of that weight on the paths that hold it. A link that
 * the evidence pins down gets near 1; one that a shifted or merged link could replace as
 * well shares its weight with it. The forward sums come from `searchLattice`, in the
 * same pass as the best path; this adds the backward pass, over the same band.
 */
import { alignmentBand } from './alignment-band.ts';
import { logSumExp, type LinkCost, type PathStep } from './find-best-path.ts';
import { LINK_TYPES } from './link-types.ts';

/** The posterior probability of each step of `steps`, given the forward sums of the same lattice. */
export function linkPosteriors(
	n: number,
	m: number,
	linkCost: LinkCost,
	temperature: number,
	forward: readonly Float64Array[],
	steps: readonly PathStep[],
): number[] {
	const { lo, hi } = alignmentBand(n, m);
	const backward: Float64Array[] = new Array(n + 1);
	const terms = new Float64Array(LINK_TYPES.length);
	for (let i = n; i >= 0; i--) {
		const row = new Float64Array(hi[i]! - lo[i]! + 1).fill(-Infinity);
		backward[i] = row;
		for (let j = hi[i]!; j >= lo[i]!; j--) {
			if (i === n && j === m) {
				row[j - lo[i]!] = 0;
				continue;
			}
			let count = 0;
			for (const type of LINK_TYPES) {
				const ni = i + type.source;
				const nj = j + type.target;
				if (ni > n || nj > m || nj < lo[ni]! || nj > hi[ni]!) continue;
				const after = backward[ni]![nj - lo[ni]!]!;
				if (after === -Infinity) continue;
				terms[count++] = after - linkCost(type, ni, nj) / temperature;
			}
			row[j - lo[i]!] = logSumExp(terms, count);
		}
	}
	const total = forward[n]![m - lo[n]!]!;
	return steps.map((step) => {
		const type = LINK_TYPES.find((t) => t.source === step.sourceTo - step.sourceFrom && t.target === step.targetTo - step.targetFrom)!;
		const before = forward[step.sourceFrom]![step.targetFrom - lo[step.sourceFrom]!]!;
		const after = backward[step.sourceTo]![step.targetTo - lo[step.sourceTo]!]!;
		return Math.min(1, Math.exp(before - linkCost(type, step.sourceTo, step.targetTo) / temperature + after - total));
	});
}
