/**
 * A text as the comparison pages and the translation checks read it: each sentence's
 * reading view with names capitalised as on the reading page (recasing changes no
 * offset, so marks placed on it fit the page), and for the checks its exact characters.
 */
import type { CompareText } from '../compare/build-rows.ts';
import { recaseMentions } from '../people/canonical-case.ts';
import { findMentions, type MentionMatcher } from '../people/find-mentions.ts';
import type { QaText } from '../qa/index.ts';
import type { TextEntry } from '../corpus/schema.ts';

/** What is read of a text: a collection entry, or a text loaded by `loadCorpus` (scripts). */
type ComparedText = { id: string; data: Pick<TextEntry, 'lang' | 'sentences' | 'reading'> };

function readingOf({ data }: ComparedText, matcher: MentionMatcher): string[] {
	return data.sentences.map((_, i) => {
		const reading = data.reading[i]!;
		return recaseMentions(reading, findMentions(reading, matcher));
	});
}

/** A text's reading views by sentence id, for the comparison rows. */
export function toCompareText(text: ComparedText, matcher: MentionMatcher): CompareText {
	const reading = readingOf(text, matcher);
	return { id: text.id, lang: text.data.lang, reading: new Map(text.data.sentences.map((sentence, i) => [sentence.id, reading[i]!])) };
}

/** A text as the translation checks take it. */
export function toQaText(text: ComparedText, matcher: MentionMatcher): QaText {
	const reading = readingOf(text, matcher);
	return {
		id: text.id,
		lang: text.data.lang,
		sentences: text.data.sentences.map((sentence, i) => ({ id: sentence.id, text: reading[i]!, exact: sentence.text })),
	};
}
