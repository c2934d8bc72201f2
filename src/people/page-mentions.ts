/**
 * Cuts a person's mentions into pages of at most `perPage` sentences, keeping their
 * grouping by review and text: a text cut across two pages appears on both, each page
 * with its own sentences and counts.
 */
import type { PersonMentions, ReviewMentions, TextMentions } from './collect-mentions.ts';

/** The pages of `mentions` (one empty page when there are none). */
export function pageMentions(mentions: PersonMentions, perPage: number): PersonMentions[] {
	if (!(perPage >= 1)) throw new RangeError(`a page holds at least one sentence, not ${perPage}`);
	const pages: PersonMentions[] = [];
	let page: PersonMentions = { personId: mentions.personId, count: 0, reviews: [] };
	let sentences = 0;
	const close = () => {
		pages.push(page);
		page = { personId: mentions.personId, count: 0, reviews: [] };
		sentences = 0;
	};
	for (const review of mentions.reviews) {
		for (const text of review.texts) {
			for (const group of sentenceGroups(text)) {
				if (sentences === perPage) close();
				let pageReview: ReviewMentions | undefined = page.reviews.at(-1);
				if (pageReview?.review !== review.review) page.reviews.push((pageReview = { review: review.review, count: 0, texts: [] }));
				let pageText: TextMentions | undefined = pageReview.texts.at(-1);
				if (pageText?.textId !== text.textId) pageReview.texts.push((pageText = { textId: text.textId, lang: text.lang, mentions: [] }));
				// A loop, not push(...group): one sentence may mention a name thousands of times.
				for (const mention of group) pageText.mentions.push(mention);
				pageReview.count += group.length;
				page.count += group.length;
				sentences++;
			}
		}
	}
	if (sentences > 0 || pages.length === 0) pages.push(page);
	return pages;
}

/** A text's mentions, one group per sentence, in order. */
function sentenceGroups(text: TextMentions): TextMentions['mentions'][] {
	const groups: TextMentions['mentions'][] = [];
	for (const mention of text.mentions) {
		const last = groups.at(-1);
		if (last && last[0]!.sentenceId === mention.sentenceId) last.push(mention);
		else groups.push([mention]);
	}
	return groups;
}
