import { describe, expect, it } from 'vitest';
import { findHits, type Requirement } from '../../../src/search/find-hits.ts';
import { wholePostings, type IndexWord } from '../../../src/search/search-index.ts';
import type { Occurrence } from '../../../src/search/index-format.ts';

const word = (surface: string, occurrences: Occurrence[]): IndexWord => ({
	surface,
	folded: surface,
	stem: surface,
	foldedStem: surface,
	language: 'en',
	sentences: occurrences.length,
	postings: wholePostings(() => occurrences),
});
// Sentence 0: "the cranes are flying"; 1: "flying cranes"; 2: "the war".
const the = word('the', [
	{ record: 0, positions: [0] },
	{ record: 2, positions: [0] },
]);
const cranes = word('cranes', [
	{ record: 0, positions: [1] },
	{ record: 1, positions: [1] },
]);
const flying = word('flying', [
	{ record: 0, positions: [3] },
	{ record: 1, positions: [0] },
]);
const single = (...words: IndexWord[]): Requirement => ({ runs: [[words]] });

describe('findHits', () => {
	it('keeps the sentences that meet every requirement, with the positions that met them', () => {
		const hits = findHits([single(cranes), single(flying)], 3);
		expect(hits.map((hit) => [hit.record, hit.positions])).toEqual(
			expect.arrayContaining([
				[0, [1, 3]],
				[1, [0, 1]],
			]),
		);
		expect(hits).toHaveLength(2);
		expect(findHits([single(the), single(flying)], 3).map((hit) => hit.record)).toEqual([0]);
	});

	it('finds a run of words only at consecutive positions', () => {
		expect(findHits([{ runs: [[[the], [cranes]]] }], 3).map((hit) => [hit.record, hit.positions])).toEqual([[0, [0, 1]]]);
		expect(findHits([{ runs: [[[cranes], [flying]]] }], 3)).toEqual([]);
	});

	it('meets a requirement by any of its alternatives, and none by none', () => {
		expect(findHits([{ runs: [[[the]], [[flying]]] }], 3).map((hit) => hit.record)).toEqual(expect.arrayContaining([0, 1, 2]));
		expect(findHits([single(the), { runs: [] }], 3)).toEqual([]);
		expect(findHits([], 3)).toEqual([]);
	});

	it('ranks a sentence with rarer words first', () => {
		const war = word('war', [{ record: 2, positions: [1] }]);
		const hits = findHits([{ runs: [[[the]], [[war]]] }], 3);
		expect(hits[0]!.record).toBe(2);
	});
});
