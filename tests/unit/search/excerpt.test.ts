import { describe, expect, it } from 'vitest';
import { parseExcerpt } from '../../../src/search/excerpt.ts';

// Excerpts as Pagefind 1.x builds them for a custom record: the record's words joined by
// spaces, only `<` and `>` escaped, `<mark>` around whole matched words.
describe('parseExcerpt', () => {
	it('splits text and marked words', () => {
		expect(parseExcerpt('you can <mark>dream</mark> when <mark>the</mark> <mark>war</mark> ends')).toEqual([
			{ text: 'you can ', marked: false },
			{ text: 'dream', marked: true },
			{ text: ' when ', marked: false },
			{ text: 'the', marked: true },
			{ text: ' ', marked: false },
			{ text: 'war', marked: true },
			{ text: ' ends', marked: false },
		]);
	});

	it('gives back the sentence’s exact characters, which Pagefind’s escaping cannot', () => {
		const content = 'a <script> and &lt;b&gt; and &amp; and a literal <mark> tag';
		const excerpt = 'a &lt;script&gt; and &lt;b&gt; and <mark>&amp;</mark> and a literal &lt;mark&gt; tag';
		expect(parseExcerpt(excerpt, content)).toEqual([
			{ text: 'a <script> and &lt;b&gt; and ', marked: false },
			{ text: '&amp;', marked: true },
			{ text: ' and a literal <mark> tag', marked: false },
		]);
	});

	it('finds the run of words an excerpt of a long sentence shows', () => {
		const content = 'x &lt; y and then x < y and so on';
		expect(parseExcerpt('x &lt; <mark>y</mark> and so', content).map((piece) => piece.text).join('')).toBe('x < y and so');
		expect(parseExcerpt('then x &lt; y', content).map((piece) => piece.text).join('')).toBe('then x < y');
	});

	it('keeps a mark that covers part of a word', () => {
		expect(parseExcerpt('a <mark>film</mark>, and &lt;b&gt;', 'a film, and &lt;b&gt;')).toEqual([
			{ text: 'a ', marked: false },
			{ text: 'film', marked: true },
			{ text: ', and &lt;b&gt;', marked: false },
		]);
	});

	it('undoes only the escaping of < and > without the content', () => {
		expect(parseExcerpt('&lt;b&gt; &amp; &#39;')).toEqual([{ text: '<b> &amp; &#39;', marked: false }]);
		expect(parseExcerpt('')).toEqual([]);
	});
});
