/**
 * Seeded pseudo-random numbers for generated test data (the scale benchmark's corpora,
 * the translation checks' held-out perturbations): pure-rand's xoroshiro128+ and its
 * uniform distributions, so a seed gives the same data on every machine and every run.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

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

function randomOf(rng: RandomGenerator): Random {
	const int = (min: number, max: number) => uniformInt(rng, min, max);
	return {
		next: () => uniformFloat64(rng),
		int,
		chance: (p) => uniformFloat64(rng) < p,
		pick: (items) => {
			if (items.length === 0) throw new Error('pick from an empty list');
			return items[int(0, items.length - 1)]!;
		},
		shuffle: (items) => {
			const copy = [...items];
			for (let i = copy.length - 1; i > 0; i--) {
				const j = int(0, i);
				[copy[i], copy[j]] = [copy[j]!, copy[i]!];
			}
			return copy;
		},
	};
}

/** A generator for `seed`. */
export function createRandom(seed: number): Random {
	return randomOf(xoroshiro128plus(seed));
}

/**
 * Independent generators for `seed`, handed out one after another: the n-th is the same
 * whatever was drawn from the others (each is 2^64 draws further along the sequence,
 * pure-rand's `jump`, as its documentation advises for independent simulations).
 */
export function randomStreams(seed: number): () => Random {
	const base = xoroshiro128plus(seed);
	return () => {
		base.jump();
		return randomOf(base.clone());
	};
}
