/** A loaded corpus text as the aligner takes it: its sentence ids with their reading view. */
import type { TextEntry } from '../corpus/schema.ts';
import type { AlignText } from './types.ts';

/**
 * The aligner compares reading views, not source characters, so that tokenization
 * (`stalin 's` against `Stalin's`) and web residue are no difference between versions.
 */
export function toAlignText(text: Pick<TextEntry, 'id' | 'lang' | 'sentences' | 'reading'>): AlignText {
	return {
		id: text.id,
		lang: text.lang,
		sentences: text.sentences.map((sentence, i) => ({ id: sentence.id, text: text.reading[i] ?? sentence.text })),
	};
}
