/**
 * How much two groups of sentences have in common: the weight of the anchors they share,
 * counted as multisets (two `stalin` against one match once). Scratch arrays stamped per
 * call make each comparison linear in the anchors of the two groups, without allocating.
 */
import type { SentenceProfile } from './sentence-profiles.ts';

/** Compares groups of consecutive sentences of a pair. Create one per pair. */
export interface AnchorMatcher {
	/**
	 * The weight of the anchors shared by source sentences [sourceFrom, sourceTo) and
	 * target sentences [targetFrom, targetTo).
	 */
	sharedWeight(sourceFrom: number, sourceTo: number, targetFrom: number, targetTo: number): number;
	/** The weight of all the anchors of source sentences [from, to). */
	sourceWeight(from: number, to: number): number;
	/** The weight of all the anchors of target sentences [from, to). */
	targetWeight(from: number, to: number): number;
}

export function createAnchorMatcher(
	source: readonly SentenceProfile[],
	target: readonly SentenceProfile[],
	weights: Float64Array,
): AnchorMatcher {
	const stamp = new Int32Array(weights.length);
	const remaining = new Int32Array(weights.length);
	let call = 0;
	const total = (sentences: readonly SentenceProfile[], from: number, to: number) => {
		let weight = 0;
		for (let i = from; i < to; i++) weight += sentences[i]!.weight;
		return weight;
	};
	return {
		sharedWeight(sourceFrom, sourceTo, targetFrom, targetTo) {
			call += 1;
			for (let i = sourceFrom; i < sourceTo; i++) {
				const { ids, counts } = source[i]!;
				for (let k = 0; k < ids.length; k++) {
					const id = ids[k]!;
					if (stamp[id] !== call) {
						stamp[id] = call;
						remaining[id] = 0;
					}
					remaining[id]! += counts[k]!;
				}
			}
			let shared = 0;
			for (let j = targetFrom; j < targetTo; j++) {
				const { ids, counts } = target[j]!;
				for (let k = 0; k < ids.length; k++) {
					const id = ids[k]!;
					if (stamp[id] !== call || remaining[id] === 0) continue;
					const matched = Math.min(remaining[id]!, counts[k]!);
					remaining[id]! -= matched;
					shared += matched * weights[id]!;
				}
			}
			return shared;
		},
		sourceWeight: (from, to) => total(source, from, to),
		targetWeight: (from, to) => total(target, from, to),
	};
}
