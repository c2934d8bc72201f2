import { describe, expect, it } from 'vitest';
import { createRandom, randomStreams, type Random } from '../../../scripts/lib/seeded-random.ts';

const draws = (random: Random) => [
	random.next(),
	random.int(1, 6),
	random.chance(0.5),
	random.pick(['a', 'b', 'c']),
	random.shuffle([1, 2, 3, 4, 5]),
];

describe('seeded random numbers', () => {
	it('draw the same numbers for the same seed, and others for another', () => {
		expect(draws(createRandom(7))).toEqual(draws(createRandom(7)));
		expect(draws(createRandom(7))).not.toEqual(draws(createRandom(8)));
	});

	it('stay in their ranges and shuffle without losing an item', () => {
		const random = createRandom(1);
		for (let i = 0; i < 1000; i++) {
			const x = random.next();
			expect(x).toBeGreaterThanOrEqual(0);
			expect(x).toBeLessThan(1);
			expect([1, 2, 3]).toContain(random.int(1, 3));
		}
		expect(
			random
				.shuffle([...'abcdefgh'])
				.sort()
				.join(''),
		).toBe('abcdefgh');
		expect(() => random.pick([])).toThrow(/empty/);
	});

	it('hand out streams that do not depend on what is drawn from the others', () => {
		const quiet = randomStreams(3);
		const busy = randomStreams(3);
		const first = quiet();
		const busyFirst = busy();
		for (let i = 0; i < 100; i++) busyFirst.next();
		expect(draws(quiet())).toEqual(draws(busy()));
		expect(draws(first)).not.toEqual(draws(quiet()));
	});
});
