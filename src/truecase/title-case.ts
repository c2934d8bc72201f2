/**
 * Title case as English style guides write titles (Chicago, AP): every word capitalised
 * but articles, prepositions and coordinating conjunctions of four letters or fewer, and
 * always the first and the last word: `ivan the terrible` → `Ivan the Terrible`,
 * `the cranes are flying` → `The Cranes Are Flying`.
 */
import { isMinorTitleWord } from './english-lexicon.ts';
import { capitalize } from './word-shape.ts';

/** The lower-case words of a title, in title case. */
export function titleCaseWords(words: readonly string[]): string[] {
	return words.map((word, i) => (i > 0 && i < words.length - 1 && isMinorTitleWord(word) ? word : capitalize(word)));
}
