/**
 * A link's confidence: an estimate of the probability that the link is right, the
 * product of two probabilities measured on the alignment evaluation's tuning part
 * (`npm run eval:align` prints how well it holds on the held-out part):
 *
 *     confidence = P(this link | the texts are parallel here) · P(the texts are parallel here)
 *
 * - The first is the link's posterior in the alignment lattice (`link-posteriors.ts`):
 *   high when no shifted, split or merged link explains the sentences as well.
 * - The second asks whether the texts translate each other around the link at all: the
 *   lattice always finds some path, even between unrelated texts. It reads the anchor
 *   evidence of the links within `REGION_LINKS` either side: each link's similarity
 *   beyond what its sentences share on average with the other text's sentences nearby
 *   (the chance level of that stretch of text), averaged. A region of a translation
 *   has it well above 0, unrelated texts near 0 (`parallel-region.ts`).
 *
 * Judging a link by its region rather than alone lets a correct link with no anchor of
 * its own ("Everyone has the right to freedom of peaceful assembly…", whose words recur
 * in every article) be sure when its neighbours are, and the lattice decides whether it
 * is this link or a shifted one. A link with an empty side claims no translation and
 * scores 0.
 */
import type { PathStep } from './find-best-path.ts';
import type { AnchorMatcher } from './match-anchors.ts';
import { parallelProbability } from './parallel-region.ts';

/** How far from a link, in sentences of the other text, its chance level is measured. */
export const CHANCE_WINDOW = 6;
/**
 * Links either side that make up a link's region. On the tuning part, 3 is the smallest
 * region that scores every correct link ≥ 0.5 and every unrelated link < 0.5; 2 does not.
 */
export const REGION_LINKS = 3;

/**
 * The evidence that the texts are parallel around each step: the mean excess similarity
 * of the two-sided links within `REGION_LINKS` of it; undefined for a one-sided step.
 */
export function regionEvidence(steps: readonly PathStep[], matcher: AnchorMatcher, n: number, m: number): (number | undefined)[] {
	const excess = steps.map((step) => (isOneSided(step) ? undefined : excessSimilarity(step, matcher, n, m)));
	return steps.map((step, k) => {
		if (isOneSided(step)) return undefined;
		let sum = 0;
		let count = 0;
		for (let q = Math.max(0, k - REGION_LINKS); q <= Math.min(steps.length - 1, k + REGION_LINKS); q++) {
			const value = excess[q];
			if (value === undefined) continue;
			sum += value;
			count++;
		}
		return sum / count;
	});
}

/** A step's confidence from its posterior and its region's evidence (0 for a one-sided step). */
export function linkConfidence(posterior: number, evidence: number | undefined): number {
	return evidence === undefined ? 0 : posterior * parallelProbability(evidence);
}

/** The link's similarity less the mean similarity of its sentences to the other text's nearby ones. */
export function excessSimilarity(step: PathStep, matcher: AnchorMatcher, n: number, m: number): number {
	const { sourceFrom, sourceTo, targetFrom, targetTo } = step;
	let chance = 0;
	let count = 0;
	for (let i = sourceFrom; i < sourceTo; i++) {
		for (let j = Math.max(0, targetFrom - CHANCE_WINDOW); j < Math.min(m, targetTo + CHANCE_WINDOW); j++) {
			if (j >= targetFrom && j < targetTo) continue;
			chance += similarity(matcher, i, i + 1, j, j + 1);
			count++;
		}
	}
	for (let j = targetFrom; j < targetTo; j++) {
		for (let i = Math.max(0, sourceFrom - CHANCE_WINDOW); i < Math.min(n, sourceTo + CHANCE_WINDOW); i++) {
			if (i >= sourceFrom && i < sourceTo) continue;
			chance += similarity(matcher, i, i + 1, j, j + 1);
			count++;
		}
	}
	return similarity(matcher, sourceFrom, sourceTo, targetFrom, targetTo) - (count === 0 ? 0 : chance / count);
}

/** Weighted Dice similarity of source sentences [sourceFrom, sourceTo) and target sentences [targetFrom, targetTo). */
export function similarity(matcher: AnchorMatcher, sourceFrom: number, sourceTo: number, targetFrom: number, targetTo: number): number {
	const total = matcher.sourceWeight(sourceFrom, sourceTo) + matcher.targetWeight(targetFrom, targetTo);
	return total === 0 ? 0 : (2 * matcher.sharedWeight(sourceFrom, sourceTo, targetFrom, targetTo)) / total;
}

function isOneSided(step: PathStep): boolean {
	return step.sourceFrom === step.sourceTo || step.targetFrom === step.targetTo;
}
