/**
 * The words of a sentence as the checks see them: runs of letters, marks and digits,
 * with the apostrophes and hyphens inside a word kept (`Eisenstein's`, `post-Stalin`,
 * `3-year-old`), each with its offsets and whether it opens a sentence (where a capital
 * says nothing about a name).
 */

/** A word of a sentence. */
export interface Word {
	/** The word as written. */
	text: string;
	start: number;
	end: number;
	/** Whether it is the first word of a sentence (or of a quotation after `:`). */
	initial: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\u2010-][\p{L}\p{M}\p{N}]+)*/gu;
// Opening quotes and brackets, spaces and dashes: what may stand before a first word.
const OPENING_RUN = /[\s"“”'‘’«»¿¡([{\u2014\u2013-]*$/u;
// After these a capital is the sentence's, not a name's (`:` opens quotations).
const SENTENCE_END = /[.!?:…]$/u;

/** The words of `text`, in order. */
export function wordsOf(text: string): Word[] {
	const words: Word[] = [];
	let last = 0;
	for (const match of text.matchAll(WORD)) {
		// The end of the gap is enough, and keeps the work constant on a huge gap.
		const before = text.slice(Math.max(last, match.index - 16), match.index).replace(OPENING_RUN, '');
		const initial = words.length === 0 ? before === '' || SENTENCE_END.test(before) : SENTENCE_END.test(before);
		words.push({ text: match[0], start: match.index, end: match.index + match[0].length, initial });
		last = match.index + match[0].length;
	}
	return words;
}

/** Whether `word` has a digit. */
export const hasDigit = (word: string) => /\p{N}/u.test(word);

/** Whether every letter of `word` is Latin (so a Latin-script dictionary can judge it). */
export const isLatinScript = (word: string) => !/[^\p{Script=Latin}\p{M}\p{N}'’\u2010-]/u.test(word);

/** `Moscú`, `Stalin`: a capital, then at least one lower-case letter and no other capital. */
export const isTitleCase = (word: string) => /^\p{Lu}[\p{Ll}\p{M}]+(?:['’\u2010-]\p{L}[\p{Ll}\p{M}]*)*$/u.test(word);

/** `MERE`, `URSS`: two letters or more, all capitals. */
export const isAllCaps = (word: string) => /^\p{Lu}[\p{Lu}\p{M}'’\u2010-]+$/u.test(word) && !/\p{Ll}/u.test(word);

/** Lower-cased, accents kept: how words of two texts are compared. */
export const lowerWord = (word: string) => word.toLowerCase().replace(/’/g, "'");
