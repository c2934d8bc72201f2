import { describe, expect, it } from 'vitest';
import { compareWords } from '../../../src/compare/diff-words.ts';
import { inlineSentences, markSentences, rangesOfParts } from '../../../src/compare/mark-sentences.ts';

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

describe('inlineSentences', () => {
	it('cuts an inline diff back into the target’s sentences, removals where they stood', () => {
		const sentences = ['The dog ran.', 'It was very fast.'];
		const diff = compareWords('the big dog ran. it was fast.', sentences.join(' '));
		expect(inlineSentences(sentences, diff.inline)).toEqual([
			[
				{ text: 'the big ', mark: 'removed' },
				{ text: 'The', mark: 'added' },
				{ text: ' dog ran.', mark: null },
				{ text: ' it', mark: 'removed' },
			],
			[
				{ text: 'It', mark: 'added' },
				{ text: ' was ', mark: null },
				{ text: 'very', mark: 'added' },
				{ text: ' fast.', mark: null },
			],
		]);
	});

	it('gives a cell with no sentence nothing, though the diff removed the whole source', () => {
		expect(inlineSentences([], compareWords('A sentence the rewrite dropped.', '').inline)).toEqual([]);
	});

	it('keeps a sentence with no change whole', () => {
		const sentences = ['One.', 'Two three.'];
		expect(inlineSentences(sentences, compareWords('One. Two three.', 'One. Two three.').inline)).toEqual([
			[{ text: 'One.', mark: null }],
			[{ text: 'Two three.', mark: null }],
		]);
	});
});
