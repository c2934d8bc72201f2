import { describe, expect, it } from 'vitest';
import { EXCERPT_WORDS, excerptOf } from '../../../src/search/excerpt.ts';

const joined = (pieces: readonly { text: string }[]) => pieces.map((piece) => piece.text).join('');

describe('excerptOf', () => {
	it('marks the words at the hit positions, keeping every character between them', () => {
		expect(excerptOf('you can dream, when the war ends.', [2, 3, 4])).toEqual({
			pieces: [
				{ text: 'you can ', marked: false },
				{ text: 'dream', marked: true },
				{ text: ', ', marked: false },
				{ text: 'when', marked: true },
				{ text: ' ', marked: false },
				{ text: 'the', marked: true },
				{ text: ' war ends.', marked: false },
			],
			cutBefore: false,
			cutAfter: false,
		});
	});

	it('gives back the sentence’s exact characters, markup-looking text included', () => {
		const sentence = 'a <script> and &lt;b&gt; and &amp; and a literal <mark> tag';
		const { pieces } = excerptOf(sentence, [3]);
		expect(joined(pieces)).toBe(sentence);
		expect(pieces.filter((piece) => piece.marked)).toEqual([{ text: 'lt', marked: true }]);
	});

	it('counts a word with an inner apostrophe as one word, and a hyphen as a word break', () => {
		const { pieces } = excerptOf("Stalin's flag-waving parade", [0, 2]);
		expect(pieces).toEqual([
			{ text: "Stalin's", marked: true },
			{ text: ' flag-', marked: false },
			{ text: 'waving', marked: true },
			{ text: ' parade', marked: false },
		]);
	});

	it('shows the part of a long sentence around its first hit', () => {
		const words = Array.from({ length: 200 }, (_, i) => `w${i}`);
		const { pieces, cutBefore, cutAfter } = excerptOf(words.join(' '), [100, 110]);
		expect(cutBefore).toBe(true);
		expect(cutAfter).toBe(true);
		expect(joined(pieces).split(' ')).toEqual(words.slice(80, 80 + EXCERPT_WORDS));
		expect(pieces.filter((piece) => piece.marked).map((piece) => piece.text)).toEqual(['w100', 'w110']);
	});

	it('keeps a long sentence’s window inside it, at either end', () => {
		const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
		const start = excerptOf(`${words.join(' ')}.`, [3]);
		expect(start.cutBefore).toBe(false);
		expect(joined(start.pieces)).toBe(words.slice(0, EXCERPT_WORDS).join(' '));
		const end = excerptOf(`${words.join(' ')}.`, [99]);
		expect(end.cutAfter).toBe(false);
		expect(joined(end.pieces)).toBe(`${words.slice(100 - EXCERPT_WORDS).join(' ')}.`);
	});

	it('ignores positions outside the sentence and shows it whole without hits', () => {
		expect(excerptOf('a b', [-1, 7])).toEqual({ pieces: [{ text: 'a b', marked: false }], cutBefore: false, cutAfter: false });
		expect(excerptOf('', [])).toEqual({ pieces: [], cutBefore: false, cutAfter: false });
	});
});

describe('excerptOf, a sentence of 150,000 matching words', () => {
	it('marks them without running out of call arguments (no spread of an unbounded list)', () => {
		const words = 150_000;
		const sentence = Array.from({ length: words }, () => 'stalin').join(' ');
		const excerpt = excerptOf(
			sentence,
			Array.from({ length: words }, (_, i) => i),
		);
		expect(excerpt.cutBefore).toBe(false);
		expect(excerpt.cutAfter).toBe(true);
		expect(excerpt.pieces.filter((piece) => piece.marked)).toHaveLength(60);
	});
});
