/**
 * Whether two spellings are near enough to be one word misspelt (`Kalatosov` and
 * `Kalatozov`): their edit distance (insertions, deletions, substitutions and swaps of
 * two neighbours), with a bound that grows with the length. Computed in a band of the
 * bound's width, so two long words cost little.
 */
import { foldToken } from '../text/fold-name.ts';

/** The largest distance allowed for a word of `length` letters: 1 up to 5 letters, then 2. */
export const allowedDistance = (length: number) => (length <= 5 ? 1 : 2);

/** The edit distance of `a` and `b`, or `limit + 1` when it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let before: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			if (Math.abs(i - j) > limit) {
				current[j] = limit + 1;
				continue;
			}
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
			current[j] = value;
			best = Math.min(best, value);
		}
		if (best > limit) return limit + 1;
		[before, previous] = [previous, current];
	}
	return Math.min(previous[b.length]!, limit + 1);
}

/** Whether `word` could be `model` misspelt: folded, not equal, within the allowed distance. */
export function isNearSpelling(word: string, model: string): boolean {
	const a = foldToken(word);
	const b = foldToken(model);
	if (a === b || Math.min(a.length, b.length) < 4) return false;
	const limit = allowedDistance(Math.min(a.length, b.length));
	return editDistance(a, b, limit) <= limit;
}
