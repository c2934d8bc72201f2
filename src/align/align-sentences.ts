/**
 * Sentence alignment of two versions of a text (an original and its translation or
 * rewrite): which sentences of one say what which sentences of the other say.
 *
 * The method is Gale & Church's dynamic programme over the sentence grid
 * (`find-best-path.ts`), its cost per link the length cost (`gale-church.ts`) plus the
 * prior of the link's shape (`link-types.ts`; leaving a fragment alone costs more,
 * `fragment-cost.ts`), minus the weight of the anchors the linked sentences share
 * (`sentence-profiles.ts`, `match-anchors.ts`): numbers, names under any spelling, marks
 * and cognates, as hunalign adds a dictionary to the lengths.
 * The same costs weigh every path of the lattice, so each link also gets its posterior
 * probability (`link-posteriors.ts`), from which its confidence follows
 * (`score-confidence.ts`).
 *
 * Pure TypeScript with no Node or Astro import: it runs in a build, a script or a browser.
 */
import { estimateLengthRatio, lengthCost } from './gale-church.ts';
import { findBestPath, type PathStep } from './find-best-path.ts';
import { fragmentCosts } from './fragment-cost.ts';
import { linkPosteriors } from './link-posteriors.ts';
import type { LinkType } from './link-types.ts';
import { createAnchorMatcher } from './match-anchors.ts';
import { linkConfidence, regionEvidence } from './score-confidence.ts';
import { profilePair } from './sentence-profiles.ts';
import type { AlignOptions, AlignText, AlignmentLink } from './types.ts';

/**
 * What one unit of shared anchor weight is worth against the length cost, both in nats
 * (−ln probability). On the seed pairs with one sentence dropped, anchors raise the mean
 * pair F1 from 0.948–0.974 (lengths only) to 0.996–0.999; 0.5 and 2 do about as well, 5
 * lets anchors outvote lengths (the Declaration with paragraphs removed: 0.984).
 */
const ANCHOR_WEIGHT = 1;
/**
 * The temperature of the lattice: link costs are divided by it before they weigh paths.
 * On the tuning part, 1 leaves the posteriors best calibrated; at 2 and 3 correct links
 * lose probability that wrong ones do not.
 */
const TEMPERATURE = 1;

/**
 * Aligns the sentences of `source` and `target`. Returns the links in text order; every
 * sentence of both texts is in exactly one link. The result depends on the input only.
 */
export function alignSentences(source: AlignText, target: AlignText, options: AlignOptions = {}): AlignmentLink[] {
	return alignWithEvidence(source, target, options).map(({ source, target, confidence }) => ({ source, target, confidence }));
}

/** A link with what its confidence was made of, for the evaluation that measures it. */
export interface EvidencedLink extends AlignmentLink {
	/** The link's posterior probability in the lattice. */
	posterior: number;
	/** Its region's evidence of parallel text (`regionEvidence`); undefined for a one-sided link. */
	region: number | undefined;
}

/** `alignSentences`, with each link's posterior and region evidence. */
export function alignWithEvidence(source: AlignText, target: AlignText, options: AlignOptions = {}): EvidencedLink[] {
	const profiles = profilePair(source, target, options.matcher);
	const matcher = createAnchorMatcher(profiles.source, profiles.target, profiles.weights);
	const sourceLengths = profiles.source.map((profile) => profile.length);
	const targetLengths = profiles.target.map((profile) => profile.length);
	const sourceEnds = prefixSums(sourceLengths);
	const targetEnds = prefixSums(targetLengths);
	const ratio = estimateLengthRatio(sourceLengths, targetLengths);

	const sourceFragments = fragmentCosts(sourceLengths);
	const targetFragments = fragmentCosts(targetLengths);

	const linkCost = (type: LinkType, i: number, j: number): number => {
		// Gale & Church also charge a skipped sentence its length, as if matched with an
		// empty one: a long sentence missing from the other text then costs more to skip
		// than to glue onto its neighbour's link, and drops come out as false 2:1 links.
		// Here a skip costs its prior (Vecalign's skip cost is fixed too: on the seed pairs
		// with one sentence dropped, pair F1 is 0.992 so, 0.964 with the length charged),
		// and more only for a fragment far shorter than its text's sentences (`fragment-cost.ts`).
		if (type.target === 0) return type.penalty + sourceFragments[i - 1]!;
		if (type.source === 0) return type.penalty + targetFragments[j - 1]!;
		const sourceLength = sourceEnds[i]! - sourceEnds[i - type.source]!;
		const targetLength = targetEnds[j]! - targetEnds[j - type.target]!;
		const shared = matcher.sharedWeight(i - type.source, i, j - type.target, j);
		return type.penalty + lengthCost(sourceLength, targetLength, ratio) - ANCHOR_WEIGHT * shared;
	};

	const n = source.sentences.length;
	const m = target.sentences.length;
	const steps = findBestPath(n, m, linkCost);
	const posteriors = linkPosteriors(n, m, linkCost, TEMPERATURE, steps);
	const regions = regionEvidence(steps, matcher, n, m);
	return steps.map((step, k) => ({
		...linkedIds(step, source, target),
		// Three decimals: finer would be noise, and the JSON stays readable.
		confidence: Math.round(linkConfidence(posteriors[k]!, regions[k]) * 1000) / 1000,
		posterior: posteriors[k]!,
		region: regions[k],
	}));
}

function linkedIds(step: PathStep, source: AlignText, target: AlignText): Pick<AlignmentLink, 'source' | 'target'> {
	return {
		source: source.sentences.slice(step.sourceFrom, step.sourceTo).map((sentence) => sentence.id),
		target: target.sentences.slice(step.targetFrom, step.targetTo).map((sentence) => sentence.id),
	};
}

function prefixSums(values: readonly number[]): Float64Array {
	const sums = new Float64Array(values.length + 1);
	for (let i = 0; i < values.length; i++) sums[i + 1] = sums[i]! + values[i]!;
	return sums;
}
