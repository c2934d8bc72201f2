import { describe, expect, it } from 'vitest';
import { parseExcerpt } from '../../../src/search/excerpt.ts';

describe('parseExcerpt', () => {
	it('splits text and marked words, decoding entities', () => {
		expect(parseExcerpt('a &lt;script&gt; <mark>dream</mark> &amp; <mark>“you</mark>&#39;s')).toEqual([
			{ text: 'a <script> ', marked: false },
			{ text: 'dream', marked: true },
			{ text: ' & ', marked: false },
			{ text: '“you', marked: true },
			{ text: "'s", marked: false },
		]);
	});

	it('keeps unknown entities as they are', () => {
		expect(parseExcerpt('&bogus; &#x41;')).toEqual([{ text: '&bogus; A', marked: false }]);
	});
});
