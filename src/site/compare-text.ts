/**
 * A text as the comparison pages and the translation checks read it: each sentence's
 * reading view, the very text of its reading page (`data.reading`, capitals restored),
 * and for the checks its exact characters.
 */
import type { CompareText } from '../compare/build-rows.ts';
import type { TextEntry } from '../corpus/schema.ts';
import type { QaText } from '../qa/index.ts';

/** What is read of a text: a collection entry, or a text loaded by `loadCorpus` (scripts). */
type ComparedText = { id: string; data: Pick<TextEntry, 'lang' | 'sentences' | 'reading'> };

/** A text's reading views by sentence id, for the comparison rows. */
export function toCompareText({ id, data }: ComparedText): CompareText {
	return { id, lang: data.lang, reading: new Map(data.sentences.map((sentence, i) => [sentence.id, data.reading[i]!])) };
}

/** A text as the translation checks take it. */
export function toQaText({ id, data }: ComparedText): QaText {
	return {
		id,
		lang: data.lang,
		sentences: data.sentences.map((sentence, i) => ({ id: sentence.id, text: data.reading[i]!, exact: sentence.text })),
	};
}
