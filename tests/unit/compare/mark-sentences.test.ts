import { describe, expect, it } from 'vitest';
import { markSentences, rangesOfParts } from '../../../src/compare/mark-sentences.ts';

describe('markSentences', () => {
	it('cuts marks made on joined sentences back into each sentence', () => {
		// "One two." + " " + "Three four."; a change spans the boundary.
		const pieces = markSentences(['One two.', 'Three four.'], [{ start: 4, end: 14, mark: 'removed' }]);
		expect(pieces).toEqual([
			[
				{ text: 'One ', mark: null },
				{ text: 'two.', mark: 'removed' },
			],
			[
				{ text: 'Three', mark: 'removed' },
				{ text: ' four.', mark: null },
			],
		]);
	});

	it('returns each sentence whole when nothing is marked', () => {
		expect(markSentences(['A.', 'B.'], [])).toEqual([[{ text: 'A.', mark: null }], [{ text: 'B.', mark: null }]]);
	});

	it('turns diff parts into ranges', () => {
		expect(
			rangesOfParts([
				{ text: 'ab ', change: 'same' },
				{ text: 'cd', change: 'added' },
			]),
		).toEqual([{ start: 3, end: 5, mark: 'added' }]);
	});
});
