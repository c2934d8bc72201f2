/**
 * A link's confidence in the words readers see. The confidence is calibrated as the
 * probability that the link is right (`npm run eval:align` prints the reliability table),
 * so the words say how often a link so scored is wrong: about 1 in 10 or fewer for
 * "sure", up to 1 in 2 for "likely", more for "unsure". Measured on the held-out texts:
 * 1 in 200 for "sure", 1 in 3 for "likely", 4 in 5 for "unsure" from 0.1 to 0.5.
 */
export type ConfidenceLevel = 'sure' | 'likely' | 'unsure';

/** At or above this, a link is sure. */
export const SURE_FROM = 0.9;
/** Below this, a link is unsure: flagged on the comparison pages. */
export const UNSURE_BELOW = 0.5;

/** The word for a link's confidence. */
export function confidenceLevel(confidence: number): ConfidenceLevel {
	if (confidence >= SURE_FROM) return 'sure';
	return confidence >= UNSURE_BELOW ? 'likely' : 'unsure';
}
