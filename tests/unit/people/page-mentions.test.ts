import { describe, expect, it } from 'vitest';
import type { PersonMentions, SentenceMention } from '../../../src/people/collect-mentions.ts';
import { pageMentions } from '../../../src/people/page-mentions.ts';

const mention = (sentenceId: string): SentenceMention => ({
	sentenceId,
	matched: 'Veronika',
	spelling: 'Veronika',
	start: 0,
	end: 8,
	context: 'Veronika waits.',
	contextRange: { start: 0, end: 8 },
});

/** A review's text with one mention in each of `sentences`, twice in those listed in `twice`. */
const text = (textId: string, sentences: string[], twice: string[] = []) => ({
	textId,
	lang: 'en',
	mentions: sentences.flatMap((id) => (twice.includes(id) ? [mention(id), mention(id)] : [mention(id)])),
});

const person: PersonMentions = {
	personId: 'veronika',
	count: 9,
	reviews: [
		{ review: 'a', count: 5, texts: [text('a-en', ['s1', 's2', 's3'], ['s2']), text('a-es', ['s1'])] },
		{ review: 'b', count: 4, texts: [text('b-en', ['s4', 's9', 's10', 's11'])] },
	],
};

const sentencesOf = (page: PersonMentions) =>
	page.reviews.flatMap((review) => review.texts.flatMap((t) => [...new Set(t.mentions.map((m) => `${t.textId} ${m.sentenceId}`))]));

describe('pageMentions', () => {
	it('cuts every sentence onto exactly one page, in order, at most perPage a page', () => {
		const pages = pageMentions(person, 3);
		expect(pages.map(sentencesOf)).toEqual([
			['a-en s1', 'a-en s2', 'a-en s3'],
			['a-es s1', 'b-en s4', 'b-en s9'],
			['b-en s10', 'b-en s11'],
		]);
	});

	it('keeps a sentence’s mentions together and counts each page’s own', () => {
		const pages = pageMentions(person, 2);
		expect(pages[0]!.reviews[0]!.texts[0]!.mentions.map((m) => m.sentenceId)).toEqual(['s1', 's2', 's2']);
		expect(pages.map((page) => page.count)).toEqual([3, 2, 2, 2]);
		expect(pages.reduce((sum, page) => sum + page.count, 0)).toBe(person.count);
		// A review cut across pages is on both, with the count of what each page shows.
		expect(pageMentions(person, 3)[1]!.reviews.map((review) => [review.review, review.count])).toEqual([
			['a', 1],
			['b', 2],
		]);
	});

	it('gives a person no text mentions one empty page', () => {
		expect(pageMentions({ personId: 'kalatozov', count: 0, reviews: [] }, 100)).toEqual([{ personId: 'kalatozov', count: 0, reviews: [] }]);
	});

	it('puts everything on one page when it fits', () => {
		expect(pageMentions(person, 100)).toEqual([person]);
	});

	it('refuses a page of no sentences', () => {
		expect(() => pageMentions(person, 0)).toThrow(RangeError);
	});
});
