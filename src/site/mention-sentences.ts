/**
 * A person's mentions in one text as the person page shows them: one item per sentence,
 * the sentence's reading view with the person's name highlighted wherever it occurs.
 */
import type { TextMentions } from '../people/collect-mentions.ts';

/** A piece of a sentence: plain text, or the person's name (`marked`). */
export interface SentencePart {
	text: string;
	marked: boolean;
}

/** A sentence that mentions the person, ready to show. */
export interface MentionSentence {
	/** `s4`: the sentence's anchor on the reading page. */
	sentenceId: string;
	/** How many times the sentence mentions the person. */
	count: number;
	/** The reading view, as the reading page shows it, cut around the person's name. */
	parts: SentencePart[];
}

/**
 * Groups a text's mentions by sentence, in order. A mention whose place in the reading
 * view is not certain (`contextRange` null) is counted, not marked.
 */
export function mentionSentences(text: TextMentions): MentionSentence[] {
	const bySentence = Map.groupBy(text.mentions, (mention) => mention.sentenceId);
	return [...bySentence].map(([sentenceId, mentions]) => {
		const shown = mentions[0]!.context;
		const parts: SentencePart[] = [];
		let from = 0;
		for (const range of mentions.map((mention) => mention.contextRange)) {
			if (!range || range.start < from) continue;
			if (range.start > from) parts.push({ text: shown.slice(from, range.start), marked: false });
			parts.push({ text: shown.slice(range.start, range.end), marked: true });
			from = range.end;
		}
		if (from < shown.length) parts.push({ text: shown.slice(from), marked: false });
		return { sentenceId, count: mentions.length, parts };
	});
}
