import { describe, expect, it } from 'vitest';
import { compareWords, overallSimilarity } from '../../../src/compare/diff-words.ts';

const join = (parts: { text: string }[]) => parts.map((part) => part.text).join('');

describe('compareWords', () => {
	it('marks removed and added words, each side joining back to its text', () => {
		const source = 'including an imaginary wedding with veronica.';
		const target = 'including an imaginary marriage with Veronica.';
		const diff = compareWords(source, target);
		expect(diff.source).toEqual([
			{ text: 'including an imaginary ', change: 'same' },
			{ text: 'wedding', change: 'removed' },
			{ text: ' with veronica.', change: 'same' },
		]);
		expect(diff.target).toEqual([
			{ text: 'including an imaginary ', change: 'same' },
			{ text: 'marriage', change: 'added' },
			{ text: ' with Veronica.', change: 'same' },
		]);
		expect(join(diff.source)).toBe(source);
		expect(join(diff.target)).toBe(target);
		expect(diff.similarity).toBeCloseTo(10 / 12);
	});

	it('ignores case, and keeps a run of changed words as one mark', () => {
		const diff = compareWords('the soviet premier krushchev made', 'Prime Minister Krushchev made');
		expect(diff.source).toEqual([
			{ text: 'the soviet premier', change: 'removed' },
			{ text: ' krushchev made', change: 'same' },
		]);
		expect(diff.target).toEqual([
			{ text: 'Prime Minister', change: 'added' },
			{ text: ' Krushchev made', change: 'same' },
		]);
	});

	it('sums rows into a whole-text similarity', () => {
		const same = compareWords('a b', 'a b');
		const none = compareWords('c d', 'e f');
		expect(same.similarity).toBe(1);
		expect(none.similarity).toBe(0);
		expect(overallSimilarity([same, none])).toBe(0.5);
	});
});
