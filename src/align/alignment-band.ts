/**
 * The part of the sentence grid the aligner searches: a band around the diagonal, so a
 * pair of long texts costs O(n · band) time and memory. Texts up to `MIN_BAND`
 * sentences are searched whole, and the band is never wider than `MAX_BAND`. The best
 * path (`find-best-path.ts`) and the link posteriors (`link-posteriors.ts`) use the same band.
 */

/** Half-width of the band, in target sentences, below which texts are searched whole. */
export const MIN_BAND = 100;
const BAND_FRACTION = 0.1;
/**
 * The widest band, in target sentences either side of the diagonal: 10% of 2,500
 * sentences. Without a cap the band grows with the texts and the search with their
 * square (10,000 sentences: 2,001 × 10,001 cells, 12 s); with it, linearly. The diagonal
 * follows the pair's overall length ratio, so a path strays from it only by what one text
 * drops or adds beyond the other: a band of 250 either side still holds a path around a
 * block of some 500 sentences missing from one text.
 */
export const MAX_BAND = 250;

/** Row i of the grid is searched from column `lo[i]` to column `hi[i]`, both included. */
export interface Band {
	lo: Int32Array;
	hi: Int32Array;
}

/** The band for n source and m target sentences. */
export function alignmentBand(n: number, m: number): Band {
	// The band must let a path through even when the texts' lengths differ a lot: with
	// at least m / n target sentences per source sentence, skips can always reach the next row.
	const proportional = Math.min(MAX_BAND, Math.ceil(BAND_FRACTION * Math.max(n, m)));
	const halfWidth = Math.max(MIN_BAND, proportional, Math.ceil(m / Math.max(1, n)) + 3);
	const lo = new Int32Array(n + 1);
	const hi = new Int32Array(n + 1);
	for (let i = 0; i <= n; i++) {
		const centre = n === 0 ? 0 : (i * m) / n;
		lo[i] = i === 0 ? 0 : Math.max(0, Math.floor(centre) - halfWidth);
		hi[i] = i === n ? m : Math.min(m, Math.ceil(centre) + halfWidth);
	}
	return { lo, hi };
}
