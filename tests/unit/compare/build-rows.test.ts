import { describe, expect, it } from 'vitest';
import { buildRows, linksToRows } from '../../../src/compare/build-rows.ts';
import { createMentionMatcher } from '../../../src/people/find-mentions.ts';

const text = (id: string, lang: string, sentences: string[]) => ({
	id,
	lang,
	reading: new Map(sentences.map((sentence, i) => [`s${i + 1}`, sentence])),
});
const original = text('o', 'en', ['Stalin saw 1957 films.']);
const rewrite = text('r', 'en', ['STALIN saw many 1957 films.']);
const translation = text('t', 'es', ['Stalin vio películas de 1957.']);
const matcher = createMentionMatcher([{ id: 'joseph-stalin', spellings: ['Stalin'] }]);
const marks = (pieces: { text: string; mark: string | null }[]) =>
	pieces.filter((piece) => piece.mark).map((piece) => `${piece.mark}:${piece.text}`);

describe('buildRows', () => {
	it('a rewrite’s pair: removed words in the original, added ones in the rewrite, and an inline copy', () => {
		const { rows, similarity } = buildRows(
			[original, rewrite],
			linksToRows('o', 'r', [{ source: ['s1'], target: ['s1'], confidence: 0.95 }]),
			'pair',
		);
		const [cell0, cell1] = rows[0]!.cells;
		expect(marks(cell0!.sentences[0]!.pieces)).toEqual(['removed:Stalin']);
		expect(marks(cell1!.sentences[0]!.pieces)).toEqual(['added:STALIN', 'added:many']);
		expect(marks(cell1!.sentences[0]!.inline!)).toEqual(['removed:Stalin ', 'added:STALIN', 'added:many']);
		expect(rows[0]!.level).toBe('sure');
		expect(similarity).toBeCloseTo((2 * 3) / 9);
	});

	it('a review: the rewrite’s column shows its changes inline, the translation’s the shared anchors, the original only anchors', () => {
		const merged = [{ cells: { o: ['s1'], r: ['s1'], t: ['s1'] }, confidence: 0.4 }];
		const { rows, similarity } = buildRows([original, rewrite, translation], merged, 'review', matcher);
		const [cell0, cell1, cell2] = rows[0]!.cells;
		expect(marks(cell0!.sentences[0]!.pieces)).toEqual(['anchor:Stalin', 'anchor:1957']);
		expect(marks(cell1!.sentences[0]!.pieces)).toEqual(['removed:Stalin ', 'added:STALIN', 'added:many']);
		expect(cell1!.sentences[0]!.inline).toBeUndefined();
		expect(marks(cell2!.sentences[0]!.pieces)).toEqual(['anchor:Stalin', 'anchor:1957']);
		expect(rows[0]!.level).toBe('unsure');
		expect(similarity).toBeUndefined();
	});

	it('an empty cell stays empty', () => {
		const { rows } = buildRows(
			[original, translation],
			linksToRows('o', 't', [{ source: ['s1'], target: [], confidence: 0 }]),
			'pair',
			matcher,
		);
		expect(rows[0]!.cells[1]!.sentences).toEqual([]);
		expect(rows[0]!.level).toBe('unmatched');
		expect(marks(rows[0]!.cells[0]!.sentences[0]!.pieces)).toEqual([]);
	});
});
