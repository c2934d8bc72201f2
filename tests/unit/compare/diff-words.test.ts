import { describe, expect, it } from 'vitest';
import { compareWords, overallSimilarity } from '../../../src/compare/diff-words.ts';

const join = (parts: { text: string }[]) => parts.map((part) => part.text).join('');

describe('compareWords', () => {
	it('marks removed and added words, each side joining back to its text', () => {
		const source = 'including an imaginary wedding with Veronica.';
		const target = 'including an imaginary marriage with Veronica.';
		const diff = compareWords(source, target);
		expect(diff.source).toEqual([
			{ text: 'including an imaginary ', change: 'same' },
			{ text: 'wedding', change: 'removed' },
			{ text: ' with Veronica.', change: 'same' },
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

	it('counts a change of case as a change', () => {
		const diff = compareWords('the cranes are flying', 'THE CRANES ARE FLYING');
		expect(diff.source).toEqual([{ text: 'the cranes are flying', change: 'removed' }]);
		expect(diff.target).toEqual([{ text: 'THE CRANES ARE FLYING', change: 'added' }]);
		expect(diff.similarity).toBe(0);
	});

	it('keeps a run of changed words as one mark', () => {
		const diff = compareWords('the soviet premier Krushchev made', 'Prime Minister Krushchev made');
		expect(diff.source).toEqual([
			{ text: 'the soviet premier', change: 'removed' },
			{ text: ' Krushchev made', change: 'same' },
		]);
		expect(diff.target).toEqual([
			{ text: 'Prime Minister', change: 'added' },
			{ text: ' Krushchev made', change: 'same' },
		]);
	});

	it('gives one inline copy with both kinds of change, in reading order', () => {
		const diff = compareWords('the soviet premier Krushchev made a speech, then left.', 'Prime Minister Krushchev made a long speech.');
		expect(diff.inline).toEqual([
			{ text: 'the soviet premier ', change: 'removed' },
			{ text: 'Prime Minister', change: 'added' },
			{ text: ' Krushchev made a ', change: 'same' },
			{ text: 'long', change: 'added' },
			{ text: ' speech', change: 'same' },
			{ text: ', then left', change: 'removed' },
			{ text: '.', change: 'same' },
		]);
		const target = diff.inline.filter((part) => part.change !== 'removed');
		expect(target.map((part) => part.text).join('')).toBe('Prime Minister Krushchev made a long speech.');
	});

	it('gives an inline copy of passages too different to diff: all removed, then all added', () => {
		const diff = compareWords('alpha beta', 'gamma delta');
		expect(diff.inline.map((part) => part.change)).toEqual(['removed', 'added']);
	});

	it('sums rows into a whole-text similarity', () => {
		const same = compareWords('a b', 'a b');
		const none = compareWords('c d', 'e f');
		expect(same.similarity).toBe(1);
		expect(none.similarity).toBe(0);
		expect(overallSimilarity([same, none])).toBe(0.5);
	});
});
