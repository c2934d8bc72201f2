/**
 * Which texts are compared: every pair of variants of a review, the earlier text in the
 * manifest as the source. Pairs never cross reviews, so the number of alignments grows
 * with the corpus, not with its square.
 */

export interface VariantPair<T> {
	source: T;
	target: T;
}

/** Every unordered pair of `texts` (one review's variants, in manifest order). */
export function variantPairs<T>(texts: readonly T[]): VariantPair<T>[] {
	return texts.flatMap((source, i) => texts.slice(i + 1).map((target) => ({ source, target })));
}

/** The id of a pair in URLs and file names: `a-en--a-es`. */
export const pairId = (source: string, target: string) => `${source}--${target}`;
