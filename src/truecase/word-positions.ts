/**
 * The words of a reading-view sentence, with where each stands: at the start of a
 * sentence, at the start of a quotation, or inside running text. A capital at the start
 * says nothing about the word itself, so only capitals inside running text are evidence
 * that a word is a name; a capital at the start of a quotation is evidence about
 * quotations only.
 */
import { nameTokens, type NameToken } from '../text/fold-name.ts';

/** Where a word stands in its sentence. */
export type WordPosition = 'sentence-start' | 'quote-start' | 'running';

/** A word of a sentence: its folded form, its offsets, and where it stands. */
export interface Word extends NameToken {
	position: WordPosition;
}

// What lies between a word and the one before: a sentence end (`. `, `." `) makes the
// word a sentence's first; an opening quotation mark after a space or punctuation (not
// an apostrophe glued to a word, as in `Stalin's`) makes it a quotation's first.
const SENTENCE_GAP = /[.!?…]/u;
const QUOTE_GAP = /[\s\p{P}][\u201C\u2018"'«‹]\s*$/u;
const OPENING_ONLY = /^[\s\u201C\u2018"'«‹(\[{¿¡]*$/u;

/** The words of `sentence`, in order. */
export function wordsOf(sentence: string): Word[] {
	return nameTokens(sentence).map((token, i, tokens) => {
		const gap = sentence.slice(i === 0 ? 0 : tokens[i - 1]!.end, token.start);
		return { ...token, position: positionOf(gap, i === 0) };
	});
}

function positionOf(gap: string, first: boolean): WordPosition {
	if (first ? OPENING_ONLY.test(gap) : SENTENCE_GAP.test(gap)) return 'sentence-start';
	return QUOTE_GAP.test(first ? ` ${gap}` : gap) ? 'quote-start' : 'running';
}
