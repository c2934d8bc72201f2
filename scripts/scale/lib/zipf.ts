/**
 * Draws ranks 0…size−1 with probability ∝ 1/(rank+1)^s (Zipf), by inverting a
 * precomputed cumulative table: a few frequent ranks, a long tail of rare ones, as the
 * words of real text.
 */
import type { Random } from '../../lib/seeded-random.ts';

export function zipfSampler(size: number, s = 1.1): (random: Random) => number {
	const cumulative = new Float64Array(size);
	let total = 0;
	for (let rank = 0; rank < size; rank++) {
		total += 1 / (rank + 1) ** s;
		cumulative[rank] = total;
	}
	return (random) => {
		const target = random.next() * total;
		let low = 0;
		let high = size - 1;
		while (low < high) {
			const mid = (low + high) >>> 1;
			if (cumulative[mid]! < target) low = mid + 1;
			else high = mid;
		}
		return low;
	};
}
