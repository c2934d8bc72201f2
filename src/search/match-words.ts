/**
 * Which words of the index a query word matches in one language. Every rule compares
 * whole words; a beginning is only ever matched for the word being typed.
 *
 * - Forms: the same stem in the language (`dreaming` → `dream`, `dreams`). Accents are
 *   optional: a word typed without any matches with or without them (`gruas` →
 *   `grúas`), a word typed with them matches only those (`soñar` is not `son`).
 * - One language's stems never reach the other's words: a word that is itself a word of
 *   one language (`cranes`, `hasn't`) is matched only in the languages that have it, as
 *   the same word there (a name, a number, a borrowing). A word of no text (`volar`)
 *   is matched by its forms in every language.
 * - Names: a spelling's words as whole words (`Stalin's` is a mention of `Stalin`).
 */
import type { SupportedLanguage } from '../corpus/languages.ts';
import { foldedStemOf, foldWord, hasMarks, stemOf } from './analyze.ts';
import type { IndexWord } from './search-index.ts';

/** Whether the typed surface `surface` is itself one of `words` (accents optional as typed). */
export function isWordOf(surface: string, words: readonly IndexWord[]): boolean {
	const marked = hasMarks(surface);
	const folded = foldWord(surface);
	return words.some((word) => (marked ? word.surface === surface : word.folded === folded));
}

/** The forms of the typed `surface` among `words` (a shard of `language`). */
export function formsOf(surface: string, words: readonly IndexWord[], language: SupportedLanguage): IndexWord[] {
	if (hasMarks(surface)) {
		const stem = stemOf(surface, language);
		return words.filter((word) => word.stem === stem || word.surface === surface);
	}
	const foldedStem = foldedStemOf(surface, language);
	const folded = foldWord(surface);
	return words.filter((word) => word.foldedStem === foldedStem || word.folded === folded);
}

/** The words that begin with the typed `surface` (accents optional as typed). */
export function wordsBeginningWith(surface: string, words: readonly IndexWord[]): IndexWord[] {
	if (hasMarks(surface)) return words.filter((word) => word.surface.startsWith(surface));
	const folded = foldWord(surface);
	return words.filter((word) => word.folded.startsWith(folded));
}

const POSSESSIVE = /'s?$/;

/** The words that are `nameWord` (a folded word of a spelling), alone or possessive (`stalin's`). */
export function nameWordsOf(nameWord: string, words: readonly IndexWord[]): IndexWord[] {
	return words.filter(
		(word) => word.folded === nameWord || (POSSESSIVE.test(word.surface) && foldWord(word.surface.replace(POSSESSIVE, '')) === nameWord),
	);
}
