/**
 * Whether two texts translate each other around a link, from the region's excess anchor
 * similarity (`score-confidence.ts`): Bayes' rule between two normal distributions of
 * that figure, one over regions of translations and one over regions of unrelated texts,
 * at even prior odds. Their means and spreads are measured on the tuning part of the
 * alignment evaluation (the seed pairs and the Universal Declaration of Human Rights,
 * with sentences removed, against unrelated pairs of the same texts); `npm run
 * eval:align` fits them again and prints them beside these.
 */

/** A normal distribution: mean and standard deviation. */
export interface Normal {
	mean: number;
	deviation: number;
}

/** Regions of translations. */
export const PARALLEL_REGIONS: Normal = { mean: 0.397, deviation: 0.165 };
/** Regions of unrelated texts. */
export const UNRELATED_REGIONS: Normal = { mean: 0.033, deviation: 0.018 };

/** P(parallel | excess similarity `x`), at even prior odds. */
export function parallelProbability(x: number, parallel = PARALLEL_REGIONS, unrelated = UNRELATED_REGIONS): number {
	// Less evidence than unrelated texts have on average is no evidence either way: without
	// this floor the narrower unrelated curve would fall faster far below its mean, and
	// a region sharing less than chance would look parallel.
	const evidence = Math.max(x, unrelated.mean);
	const logOdds = logDensity(evidence, parallel) - logDensity(evidence, unrelated);
	// Beyond ±40 the answer is 0 or 1 to double precision; clamping keeps exp finite.
	return 1 / (1 + Math.exp(-Math.max(-40, Math.min(40, logOdds))));
}

function logDensity(x: number, { mean, deviation }: Normal): number {
	const z = (x - mean) / deviation;
	return -0.5 * z * z - Math.log(deviation);
}
