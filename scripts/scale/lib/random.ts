/**
 * A small seeded pseudo-random generator (sfc32, seeded through splitmix32), so a
 * generated corpus is the same on every machine and every run for the same seed.
 */

export interface Random {
	/** A float in [0, 1). */
	next(): number;
	/** An integer in [min, max], both included. */
	int(min: number, max: number): number;
	/** True with probability `p`. */
	chance(p: number): boolean;
	pick<T>(items: readonly T[]): T;
	/** A shuffled copy (Fisher–Yates). */
	shuffle<T>(items: readonly T[]): T[];
}

function splitmix32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x9e3779b9) >>> 0;
		let z = state;
		z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
		z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
		return (z ^ (z >>> 16)) >>> 0;
	};
}

/**
 * A generator for `seed` and an optional stream number: `createRandom(seed, i)` gives
 * family `i` its own stream, so a family comes out the same whatever the corpus size.
 */
export function createRandom(seed: number, stream = 0): Random {
	const init = splitmix32((seed ^ Math.imul(stream + 1, 0x27d4eb2d)) >>> 0);
	let a = init();
	let b = init();
	let c = init();
	let d = init();
	const next = () => {
		const t = (((a + b) >>> 0) + d) >>> 0;
		d = (d + 1) >>> 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) >>> 0;
		c = ((c << 21) | (c >>> 11)) >>> 0;
		c = (c + t) >>> 0;
		return t / 4294967296;
	};
	for (let i = 0; i < 12; i++) next();
	const random: Random = {
		next,
		int: (min, max) => min + Math.floor(next() * (max - min + 1)),
		chance: (p) => next() < p,
		pick: (items) => {
			if (items.length === 0) throw new Error('pick from an empty list');
			return items[Math.floor(next() * items.length)]!;
		},
		shuffle: (items) => {
			const copy = [...items];
			for (let i = copy.length - 1; i > 0; i--) {
				const j = Math.floor(next() * (i + 1));
				[copy[i], copy[j]] = [copy[j]!, copy[i]!];
			}
			return copy;
		},
	};
	return random;
}

/**
 * Draws ranks 0…size−1 with probability ∝ 1/(rank+1)^s (Zipf), by inverting a
 * precomputed cumulative table: a few frequent ranks, a long tail of rare ones, as the
 * words of real text.
 */
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
