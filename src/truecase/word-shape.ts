/**
 * The letter case of single words: what shape a word is written in (`russia`, `Russia`,
 * `WWII`), and turning a lower-case word into another shape without changing a letter
 * or the UTF-16 length, so offsets into a sentence stay valid.
 */
import { recaseWord } from '../people/canonical-case.ts';

/** How a word is written: all lower-case, capitalised, all upper-case, or otherwise (`McCarthy`). */
export type CaseShape = 'lower' | 'capitalized' | 'upper' | 'mixed';

const UPPER = /\p{Lu}|\p{Lt}/u;
const LOWER = /\p{Ll}/u;
const VOWEL = /[aeiouy]/;
// Two-consonant word beginnings that English spells: a word starting with any other pair
// of consonants (`ww`, `fb`, `nh`) cannot be read as a word, so it is read letter by letter.
const ENGLISH_ONSETS = new Set(
	'bl br ch cl cr cz dr dw fl fr gh gl gn gr kl kn kr kv pf ph pl pr ps pt rh sc sh sk sl sm sn sp sq st sv sw th tr ts tw wh wr zh'.split(
		' ',
	),
);

/** The shape of `word`, from its letters only (digits and marks do not count). */
export function caseShape(word: string): CaseShape {
	const letters = [...word].filter((char) => UPPER.test(char) || LOWER.test(char));
	const upper = letters.filter((char) => UPPER.test(char)).length;
	if (upper === 0) return 'lower';
	if (upper === letters.length) return letters.length === 1 ? 'capitalized' : 'upper';
	return upper === 1 && UPPER.test(letters[0]!) ? 'capitalized' : 'mixed';
}

/** `word` with its first letter upper-case: `russia` → `Russia`. */
export function capitalize(word: string): string {
	return recaseWord(word, word.charAt(0).toUpperCase() + word.slice(1).toLowerCase());
}

/** `word` in the shape of `model`, a form of the same word (`palme` after `Palme`, `wwii` after `WWII`). */
export function inShapeOf(word: string, model: string): string {
	const shape = caseShape(model);
	if (shape === 'lower') return word;
	if (shape === 'capitalized') return capitalize(word);
	return recaseWord(word, shape === 'upper' ? word.toUpperCase() : model);
}

/**
 * Whether a lower-case word can only be an acronym: two to six letters that English
 * cannot begin a word with (`wwii`, `fbi`, `nhs`) or with no vowel at all (`bbc`, `dvd`).
 * Words the reader says as words (`nato`, `unesco`) are not found this way.
 */
export function looksLikeAcronym(folded: string): boolean {
	if (!/^[a-z]{2,6}$/.test(folded)) return false;
	if (!VOWEL.test(folded)) return true;
	const onset = folded.slice(0, 2);
	return !VOWEL.test(onset) && !ENGLISH_ONSETS.has(onset);
}
