/**
 * How words are compared, the same way at build time and in the browser.
 *
 * A sentence's words are found with one pattern (`wordSpans`), and word `i` of a sentence
 * is position `i` in the index, so the positions a search finds are the words an excerpt
 * marks. Each word is indexed as its *surface*: lower-cased, NFC, curly apostrophe made
 * straight (`Grúas` → `grúas`). Matching compares surfaces through three views of them:
 * - the stem in a language (`stemOf`: `volando` → `vol`), for a word's other forms;
 * - the folded form (`foldWord`: `grúas` → `gruas`), for accents typed or not;
 * - the folded stem (`foldedStemOf`), both at once, which also decides a word's shard.
 */
import { primaryLanguage, type SupportedLanguage } from '../corpus/languages.ts';
import { STEMMERS } from './stemmers.ts';

/** A word: letters, marks and digits, with inner apostrophes (`Stalin's`, `hasn't`). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
// Stemmers are regular-expression heavy; a longer "word" (a hostile 1 MB run of letters)
// is compared unstemmed rather than fed to them.
const MAX_STEMMED_LENGTH = 40;
const MARKS = /\p{M}+/gu;
const APOSTROPHES = /['’]/g;

export interface WordSpan {
	start: number;
	end: number;
}

/** Where the words of `text` are, in order. */
export function wordSpans(text: string): WordSpan[] {
	return [...text.matchAll(WORD)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** The words of `text`, in order. */
export function wordsOf(text: string): string[] {
	return [...text.matchAll(WORD)].map((match) => match[0]);
}

/** The stemming language of a BCP 47 tag (`es-MX` → `es`). */
export function analyzerOf(lang: string): SupportedLanguage {
	const primary = primaryLanguage(lang);
	if (!Object.hasOwn(STEMMERS, primary)) throw new Error(`No stemmer for language “${lang}”`);
	return primary as SupportedLanguage;
}

/** A word as the index stores it: lower-cased, NFC, straight apostrophes (`Stalin’s` → `stalin's`). */
export function surfaceOf(word: string): string {
	return word.normalize('NFC').toLowerCase().replaceAll('’', "'");
}

/** A surface without accents or apostrophes: `grúas` → `gruas`, `soñar` → `sonar`, `hasn't` → `hasnt`. */
export function foldWord(surface: string): string {
	return surface.normalize('NFD').replace(MARKS, '').replace(APOSTROPHES, '').normalize('NFC');
}

/** Whether a surface carries an accent or other mark (`móvil`, `soñar`). */
export function hasMarks(surface: string): boolean {
	return foldWord(surface) !== surface.replace(APOSTROPHES, '');
}

/** The stem of a surface in `language`, accents kept as the stemmer leaves them (`soñar` → `soñ`). */
export function stemOf(surface: string, language: SupportedLanguage): string {
	if (surface.length > MAX_STEMMED_LENGTH) return surface;
	return STEMMERS[language](surface) || surface;
}

/** The stem, folded: what forms of one word share whatever accents were typed (`grúas`, `gruas` → `gru`). */
export function foldedStemOf(surface: string, language: SupportedLanguage): string {
	return foldWord(stemOf(surface, language)) || foldWord(surface);
}
