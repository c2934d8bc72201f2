/**
 * How sure a link is, from evidence the length model does not see. Lengths cannot tell a
 * translation from an unrelated sentence of about the same length, so aligning two
 * unrelated texts yields a plausible-looking path; the anchors can. Confidence compares
 * how much the linked sentences share with what the same sentences share with their
 * other neighbours, which is what chance (and the topic they have in common) gives:
 *
 *     similarity = 2 · shared / (weight(source side) + weight(target side))
 *     chance     = mean of the 3 highest similarities between a sentence of the link and
 *                  a sentence of the other text outside the link, within ±6 sentences
 *     confidence = max(0, similarity − chance) / (similarity + 0.05)
 *
 * Weights are the anchors' (`sentence-profiles.ts`), so similarity is a weighted Dice
 * coefficient in [0, 1]. The confidence is the share of the link's similarity that its
 * competitors do not reach, shrunk by a floor of 0.05 so that a link resting on one weak
 * anchor, with nothing around it to compare, is not sure of itself. It is 0 when a
 * neighbour explains the link as well (unrelated texts), near 1 when the link shares
 * much and nothing else does. A link with an empty side links nothing and scores 0.
 */
import type { PathStep } from './find-best-path.ts';
import type { AnchorMatcher } from './match-anchors.ts';

/** How far from the link, in sentences of the other text, competitors are looked for. */
export const CHANCE_WINDOW = 6;
/** How many of the best competitors make up chance. */
const COMPETITORS = 3;
/** Similarity that a link must have beyond chance before it is believed: the shrinkage floor. */
const FLOOR = 0.05;

/** The confidence of the link `step` of an alignment of n source and m target sentences. */
export function scoreConfidence(step: PathStep, matcher: AnchorMatcher, n: number, m: number): number {
	const { sourceFrom, sourceTo, targetFrom, targetTo } = step;
	if (sourceFrom === sourceTo || targetFrom === targetTo) return 0;
	const linked = similarity(matcher, sourceFrom, sourceTo, targetFrom, targetTo);
	if (linked === 0) return 0;
	const competitors: number[] = [];
	for (let i = sourceFrom; i < sourceTo; i++) {
		for (let j = Math.max(0, targetFrom - CHANCE_WINDOW); j < Math.min(m, targetTo + CHANCE_WINDOW); j++) {
			if (j < targetFrom || j >= targetTo) competitors.push(similarity(matcher, i, i + 1, j, j + 1));
		}
	}
	for (let j = targetFrom; j < targetTo; j++) {
		for (let i = Math.max(0, sourceFrom - CHANCE_WINDOW); i < Math.min(n, sourceTo + CHANCE_WINDOW); i++) {
			if (i < sourceFrom || i >= sourceTo) competitors.push(similarity(matcher, i, i + 1, j, j + 1));
		}
	}
	const best = competitors.sort((a, b) => b - a).slice(0, COMPETITORS);
	const chance = best.length === 0 ? 0 : best.reduce((sum, value) => sum + value, 0) / best.length;
	return Math.max(0, linked - chance) / (linked + FLOOR);
}

/** Weighted Dice similarity of source sentences [sourceFrom, sourceTo) and target sentences [targetFrom, targetTo). */
export function similarity(matcher: AnchorMatcher, sourceFrom: number, sourceTo: number, targetFrom: number, targetTo: number): number {
	const total = matcher.sourceWeight(sourceFrom, sourceTo) + matcher.targetWeight(targetFrom, targetTo);
	return total === 0 ? 0 : (2 * matcher.sharedWeight(sourceFrom, sourceTo, targetFrom, targetTo)) / total;
}
