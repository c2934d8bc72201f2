/** The translation checks in readers' words: a short label for marks, and what each looks for. */
import type { CheckId } from '../qa/index.ts';

export const CHECK_LABELS: Readonly<Record<CheckId, { label: string; looksFor: string }>> = {
	untranslated: { label: 'untranslated', looksFor: 'words of the source’s language left in the other text' },
	'not-a-word': { label: 'not a word', looksFor: 'words no dictionary of the text’s language knows' },
	number: { label: 'number', looksFor: 'numbers on one side only, in digits or words' },
	name: { label: 'name', looksFor: 'people of the names index spelled otherwise, or named on one side only' },
	omission: { label: 'omission', looksFor: 'sentences of the source with no counterpart, or rows far shorter than usual' },
	addition: { label: 'addition', looksFor: 'sentences with no counterpart in the source, or rows far longer than usual' },
	residue: { label: 'residue', looksFor: 'markup or garbled encoding left in the text' },
	repeat: { label: 'repeat', looksFor: 'a word twice in a row' },
};
