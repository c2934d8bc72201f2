import { describe, expect, it } from 'vitest';
import { findBestPath, MIN_BAND, type PathStep } from '../../../src/align/find-best-path.ts';
import type { LinkType } from '../../../src/align/link-types.ts';

/** A cost that is 0 for the steps of `wanted` and 1 for any other link: the search must find `wanted`. */
function costFavouring(wanted: readonly PathStep[]) {
	const free = new Set(
		wanted.map((step) => `${step.sourceTo - step.sourceFrom}:${step.targetTo - step.targetFrom}@${step.sourceTo},${step.targetTo}`),
	);
	return (type: LinkType, i: number, j: number) => (free.has(`${type.source}:${type.target}@${i},${j}`) ? 0 : 1);
}

/** Steps from a list of link shapes. */
function ladder(shapes: readonly [number, number][]): PathStep[] {
	let i = 0;
	let j = 0;
	return shapes.map(([s, t]) => ({ sourceFrom: i, sourceTo: (i += s), targetFrom: j, targetTo: (j += t) }));
}

describe('findBestPath', () => {
	it.each([
		[
			'1:1 only',
			[
				[1, 1],
				[1, 1],
				[1, 1],
			],
		],
		[
			'1:2 and 2:1',
			[
				[1, 2],
				[1, 1],
				[2, 1],
			],
		],
		[
			'1:3 and 3:1',
			[
				[1, 1],
				[1, 3],
				[3, 1],
				[1, 1],
			],
		],
		[
			'0:1 and 1:0',
			[
				[0, 1],
				[1, 1],
				[1, 0],
				[1, 1],
				[0, 1],
			],
		],
		[
			'every shape',
			[
				[1, 0],
				[1, 3],
				[2, 1],
				[0, 1],
				[3, 1],
				[1, 2],
				[1, 1],
			],
		],
	] as [string, [number, number][]][])('finds a path of %s', (_name, shapes) => {
		const wanted = ladder(shapes);
		const last = wanted.at(-1)!;
		expect(findBestPath(last.sourceTo, last.targetTo, costFavouring(wanted))).toEqual(wanted);
	});

	it('breaks ties by the order of the link shapes: 1:1 first', () => {
		expect(findBestPath(2, 2, () => 0)).toEqual(
			ladder([
				[1, 1],
				[1, 1],
			]),
		);
	});

	it('aligns an empty text with skips only', () => {
		expect(findBestPath(0, 2, () => 0)).toEqual(
			ladder([
				[0, 1],
				[0, 1],
			]),
		);
		expect(findBestPath(2, 0, () => 0)).toEqual(
			ladder([
				[1, 0],
				[1, 0],
			]),
		);
		expect(findBestPath(0, 0, () => 0)).toEqual([]);
	});

	it('searches only a band around the diagonal of long texts, and still reaches the end', () => {
		const n = 4 * MIN_BAND;
		const visited = new Set<string>();
		const path = findBestPath(n, n, (_type, i, j) => {
			visited.add(`${i},${j}`);
			return 0;
		});
		expect(path).toHaveLength(n);
		expect(visited.has(`${n},1`)).toBe(false);
		expect(visited.size).toBeLessThan((n + 1) * (2 * MIN_BAND + 1) + 1);
	});

	it('finds a path through texts of very different lengths', () => {
		const path = findBestPath(10, 10 * MIN_BAND, () => 0);
		expect(path.at(-1)).toMatchObject({ sourceTo: 10, targetTo: 10 * MIN_BAND });
	});
});
