/**
 * The length cost of Gale & Church, "A Program for Aligning Sentences in Bilingual
 * Corpora" (Computational Linguistics 19:1, 1993): a translation's length in characters
 * is about `c` times the original's, with a variance that grows with the length
 * (`s²` per character). The cost of pairing lengths l1 and l2 is −ln of the probability
 * of a deviation at least as large as δ = (l2 − c·l1) / √(s²·l1) under a standard normal.
 */

/** Gale & Church's variance per character, measured on English, French and German. */
export const GALE_CHURCH_VARIANCE = 6.8;

// Lengths no translation pair departs from; keeps `c` sane when one text is truncated.
const MIN_RATIO = 0.5;
const MAX_RATIO = 2;
// The largest cost a length can add: δ beyond ~8.5 says nothing more than "not a match".
const MAX_COST = 40;

/**
 * The cost (−ln probability) of a group of `sourceLength` characters being translated
 * by one of `targetLength` characters, for the length ratio `c`.
 */
export function lengthCost(sourceLength: number, targetLength: number, c: number, variance = GALE_CHURCH_VARIANCE): number {
	if (sourceLength === 0 && targetLength === 0) return 0;
	// Gale & Church centre the variance on the mean of both lengths (in source units),
	// so a link with an empty source side still has a finite cost.
	const mean = (sourceLength + targetLength / c) / 2;
	const delta = (targetLength - c * sourceLength) / Math.sqrt(variance * mean);
	const tail = 2 * (1 - standardNormalCdf(Math.abs(delta)));
	return tail > 0 ? Math.min(MAX_COST, -Math.log(tail)) : MAX_COST;
}

/**
 * The length ratio of a pair: the target's characters per source character, over the
 * whole texts. A translation pair says its own ratio (Spanish runs ~10–20% longer than
 * English, a rewrite about as long as its original), so none is assumed per language.
 */
export function estimateLengthRatio(sourceLengths: readonly number[], targetLengths: readonly number[]): number {
	const source = sum(sourceLengths);
	const target = sum(targetLengths);
	if (source === 0 || target === 0) return 1;
	return Math.min(MAX_RATIO, Math.max(MIN_RATIO, target / source));
}

/** Φ(x) of the standard normal, by Abramowitz & Stegun 26.2.17 (error < 7.5e-8). */
export function standardNormalCdf(x: number): number {
	const t = 1 / (1 + 0.2316419 * Math.abs(x));
	const density = Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI);
	const tail = density * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
	return x >= 0 ? 1 - tail : tail;
}

function sum(values: readonly number[]): number {
	let total = 0;
	for (const value of values) total += value;
	return total;
}
