/**
 * The normalisation used to match names: a text is cut into word tokens (runs of letters,
 * combining marks and digits) and each token is folded (compatibility-decomposed, accents
 * stripped, lower-cased). Matching compares folded tokens, never characters, so:
 * - case and accents do not matter: `Moscú` = `moscu`, `Kalatózov` = `kalatozov`;
 * - tokenization does not matter: `stalin 's`, `Stalin's`, `boris '` all hold the token
 *   `stalin`/`boris` followed by something else, and `post-stalin` holds `stalin`;
 * - word boundaries are Unicode-aware: `stalinist` and `landmark` are single tokens.
 * Each token keeps its UTF-16 offsets in the original string: that is the offset map
 * from folded text back to the source, whose length folding may change (`ß` → `ss`).
 *
 * No Node imports: the browser's search script imports this file.
 */
import { INVISIBLE_CHARACTER_CLASS } from './invisible-characters.ts';

/** A word of a string: its folded form and where it is in the original string. */
export interface NameToken {
	/** The folded word: lower-case, unaccented letters and digits only. */
	folded: string;
	/** UTF-16 offset of the word's first character in the original string. */
	start: number;
	/** UTF-16 offset just after the word's last character. */
	end: number;
}

// U+02BC (ʼ) is a letter for Unicode but an apostrophe in practice (`Borisʼs`).
const WORD_CHARACTER = String.raw`(?!\u02BC)[\p{L}\p{M}\p{N}]`;
// Invisible characters between two letters (`sta\u200Blin`, a soft hyphen, a NUL) are part
// of the word and fold away, as the reading view drops them: a name matches in the source
// view where it matches in the reading view.
const TOKEN = new RegExp(`${WORD_CHARACTER}(?:${WORD_CHARACTER}|(?:${INVISIBLE_CHARACTER_CLASS})+(?=${WORD_CHARACTER}))*`, 'gu');
// What may separate the words of one name: spaces, hyphens (`Jean-Luc`), apostrophes
// (`O'Brien`, tokenized `o 'brien`), periods of initials (`J. Stalin`).
const NAME_GAP = /^[\s\p{Pd}'\u2018\u2019\u02BC.]+$/u;
const PLAIN_ASCII = /^[A-Za-z0-9]*$/;
const MARKS = /\p{M}+/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;
// Letters with no decomposition in Unicode, folded as readers type them.
const UNDECOMPOSED: Readonly<Record<string, string>> = {
	ß: 'ss',
	æ: 'ae',
	œ: 'oe',
	ø: 'o',
	ł: 'l',
	đ: 'd',
	ð: 'd',
	þ: 'th',
	ı: 'i',
	ħ: 'h',
};
const UNDECOMPOSED_LETTER = /[ßæœøłđðþıħ]/g;

/** Folds one word: `Kalatózov` → `kalatozov`, `Straße` → `strasse`, `ǅ` → `dz`. */
export function foldToken(word: string): string {
	// Most words of an English corpus are plain ASCII: skip normalisation for them.
	if (PLAIN_ASCII.test(word)) return word.toLowerCase();
	return word
		.normalize('NFKD')
		.replace(MARKS, '')
		.toLowerCase()
		.replace(UNDECOMPOSED_LETTER, (letter) => UNDECOMPOSED[letter] ?? letter)
		.replace(NOT_LETTER_OR_DIGIT, '');
}

/** The words of `text`, folded, with their offsets in `text`, in order. */
export function nameTokens(text: string): NameToken[] {
	const tokens: NameToken[] = [];
	for (const match of text.matchAll(TOKEN)) {
		const folded = foldToken(match[0]);
		// A lone combining mark folds to nothing: it is not a word.
		if (folded) tokens.push({ folded, start: match.index, end: match.index + match[0].length });
	}
	return tokens;
}

/** The folded form of a whole name or query: its folded words joined by single spaces. */
export function foldName(text: string): string {
	return nameTokens(text)
		.map((token) => token.folded)
		.join(' ');
}

/** Whether `gap`, the characters between two words, may separate two words of one name. */
export function isNameGap(gap: string): boolean {
	return NAME_GAP.test(gap);
}

/**
 * Whether `spelling` is only words separated by name gaps, with nothing before or after:
 * `Sergei Urusevsky`, `Jean-Luc`, not `Stalin, Joseph` (a comma never joins a name) or
 * `'Boris'`.
 */
export function isWellFormedSpelling(spelling: string): boolean {
	const tokens = nameTokens(spelling);
	if (tokens.length === 0 || tokens[0]!.start !== 0 || tokens.at(-1)!.end !== spelling.length) return false;
	return tokens.every((token, i) => i === 0 || isNameGap(spelling.slice(tokens[i - 1]!.end, token.start)));
}
