/**
 * What it costs, beyond the prior of its shape, to leave a sentence without a
 * counterpart (a 1:0 or 0:1 link): nothing for a sentence of ordinary length, more for a
 * fragment far shorter than its text's sentences.
 *
 * Merges and splits are priced well above skips (`link-types.ts`) so that a sentence
 * whose counterpart is missing stands alone instead of being glued onto a neighbour's
 * link, which the length model barely charges. But gluing a two-word piece costs no
 * length either, so for a piece the priors alone decide, and they favour the skip. Yet a
 * piece far shorter than the sentences around it is more often part of a sentence cut
 * off from the rest (a garbled translation: "Permasca más." before "La característica
 * notable…" for "Perhaps the most remarkable feature…"; a segmenter stopping at an
 * abbreviation) than a sentence the other text leaves out. So below `FRAGMENT_BELOW` of
 * the median length of its text's sentences, the probability of leaving a sentence alone
 * shrinks in proportion to its length (a piece of a tenth of that length costs ln 10
 * more), and the lengths of the links it could complete decide where it goes.
 *
 * Relative to its own text, so that a manual of short sentences ("Good luck!", "Table
 * 1.1.") keeps them standing alone; the median, so that a few headings or fragments do
 * not move the yardstick.
 */

/**
 * Below this share of the median length of its text's sentences, a sentence costs more to
 * leave alone. Chosen on the tuning part (`npm run eval:align`): from 1/5 to 1/3 the seed
 * pairs are aligned exactly, the fragment's link scores 0.50–0.55, and the other pairs'
 * removal F1 does not move. 1/4 also keeps a short closing sentence of review B ("The
 * cameraman must act with the actors.”, 34 characters against a median of 190) standing
 * alone when its counterpart is dropped, which 1/3 glues onto its neighbour's link. At
 * 1/2 a rewrite's removal F1 falls (a-en-rewrite → a-es 0.999 → 0.997); at 1/6 the
 * fragment's link scores under 0.5.
 */
export const FRAGMENT_BELOW = 1 / 4;

/** The extra cost (nats) of leaving each sentence alone, by its length (characters). */
export function fragmentCosts(lengths: readonly number[]): Float64Array {
	const shortest = FRAGMENT_BELOW * median(lengths);
	return Float64Array.from(lengths, (length) => Math.max(0, Math.log(shortest / Math.max(1, length))));
}

/** The median (the lower of the middle two), or 0 for no values. */
function median(values: readonly number[]): number {
	if (values.length === 0) return 0;
	// n log n over one number per sentence: nothing beside the search's n · band cells.
	const sorted = Float64Array.from(values).sort();
	return sorted[(sorted.length - 1) >> 1]!;
}
