/**
 * Characters a reader cannot see: controls (U+0000 NULL, U+001B ESCAPE, U+0085 NEXT
 * LINE), the default-ignorable format characters (zero-width spaces and joiners, bidi
 * controls, variation selectors, the soft hyphen) and noncharacters (U+FFFF). A text
 * file may hold any of them, and every one is published: the raw file and the JSON
 * keep them, and the source view shows each as a visible stand-in (`visibleStandIn`).
 *
 * A subset is `hidden`: characters with no place in text for reading, which hide or
 * reorder what is around them (a bidi override turns `1 rof 001$` into `$100 for 1`,
 * a zero-width space splits `sta​lin`). The reading view drops them, and corpus metadata
 * (titles, names, notes) may not hold them at all.
 *
 * No Node imports: the name folder (`fold-name.ts`, also run in the browser) uses this.
 * @see https://www.unicode.org/reports/tr9/ (bidi controls)
 * @see https://www.unicode.org/faq/unsup_char.html (default-ignorable code points)
 */

// Tab, line feed and carriage return are whitespace, shown as such by the source view.
const INVISIBLE_CLASS = String.raw`(?![\t\n\r])[\p{Cc}\p{Default_Ignorable_Code_Point}\p{Noncharacter_Code_Point}]`;
// Controls that are not JavaScript whitespace (so not tab, LF, VT, FF, CR); bidi
// embeddings, overrides and isolates (not the marks LRM, RLM, ALM, which reorder
// nothing); ZERO WIDTH SPACE, WORD JOINER, ZERO WIDTH NO-BREAK SPACE; noncharacters.
const HIDDEN_CLASS = String.raw`[\0-\x08\x0E-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF\p{Noncharacter_Code_Point}]`;

/** One invisible character, matched; use with `matchAll` or `replace`. */
export const INVISIBLE_CHARACTER = new RegExp(INVISIBLE_CLASS, 'gu');
/** One hidden character (a subset of the invisible ones). */
export const HIDDEN_CHARACTER = new RegExp(HIDDEN_CLASS, 'gu');
/** The same classes, to build other patterns from (`fold-name.ts`). */
export const INVISIBLE_CHARACTER_CLASS = INVISIBLE_CLASS;

const C0_NAMES = [
	'NULL',
	'START OF HEADING',
	'START OF TEXT',
	'END OF TEXT',
	'END OF TRANSMISSION',
	'ENQUIRY',
	'ACKNOWLEDGE',
	'BELL',
	'BACKSPACE',
	'CHARACTER TABULATION',
	'LINE FEED',
	'LINE TABULATION',
	'FORM FEED',
	'CARRIAGE RETURN',
	'SHIFT OUT',
	'SHIFT IN',
	'DATA LINK ESCAPE',
	'DEVICE CONTROL ONE',
	'DEVICE CONTROL TWO',
	'DEVICE CONTROL THREE',
	'DEVICE CONTROL FOUR',
	'NEGATIVE ACKNOWLEDGE',
	'SYNCHRONOUS IDLE',
	'END OF TRANSMISSION BLOCK',
	'CANCEL',
	'END OF MEDIUM',
	'SUBSTITUTE',
	'ESCAPE',
	'INFORMATION SEPARATOR FOUR',
	'INFORMATION SEPARATOR THREE',
	'INFORMATION SEPARATOR TWO',
	'INFORMATION SEPARATOR ONE',
];

// Abbreviation and Unicode name of the format characters a text is likely to hold.
const FORMAT_NAMES: Readonly<Record<number, readonly [string, string]>> = {
	0x0085: ['NEL', 'NEXT LINE'],
	0x00ad: ['SHY', 'SOFT HYPHEN'],
	0x034f: ['CGJ', 'COMBINING GRAPHEME JOINER'],
	0x061c: ['ALM', 'ARABIC LETTER MARK'],
	0x180e: ['MVS', 'MONGOLIAN VOWEL SEPARATOR'],
	0x200b: ['ZWSP', 'ZERO WIDTH SPACE'],
	0x200c: ['ZWNJ', 'ZERO WIDTH NON-JOINER'],
	0x200d: ['ZWJ', 'ZERO WIDTH JOINER'],
	0x200e: ['LRM', 'LEFT-TO-RIGHT MARK'],
	0x200f: ['RLM', 'RIGHT-TO-LEFT MARK'],
	0x202a: ['LRE', 'LEFT-TO-RIGHT EMBEDDING'],
	0x202b: ['RLE', 'RIGHT-TO-LEFT EMBEDDING'],
	0x202c: ['PDF', 'POP DIRECTIONAL FORMATTING'],
	0x202d: ['LRO', 'LEFT-TO-RIGHT OVERRIDE'],
	0x202e: ['RLO', 'RIGHT-TO-LEFT OVERRIDE'],
	0x2060: ['WJ', 'WORD JOINER'],
	0x2066: ['LRI', 'LEFT-TO-RIGHT ISOLATE'],
	0x2067: ['RLI', 'RIGHT-TO-LEFT ISOLATE'],
	0x2068: ['FSI', 'FIRST STRONG ISOLATE'],
	0x2069: ['PDI', 'POP DIRECTIONAL ISOLATE'],
	0xfeff: ['ZWNBSP', 'ZERO WIDTH NO-BREAK SPACE'],
};

const NONCHARACTER = /^\p{Noncharacter_Code_Point}$/u;

/** How the source view shows an invisible character: a visible label and a description. */
export interface VisibleStandIn {
	/** What the reader sees in its place: `␀` for NULL, `RLO`, `ZWSP`, `VS16`, `U+E0041`. */
	label: string;
	/** The code point and its name, for a tooltip: `U+202E RIGHT-TO-LEFT OVERRIDE`. */
	title: string;
}

/** The code point of `char` as Unicode writes it: `U+202E`, `U+E0041`. */
export function codePointLabel(char: string): string {
	return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The visible stand-in of one invisible character. C0 controls and DELETE get their
 * Control Pictures symbol (U+2400–U+2421), the usual way to show them; other characters
 * their standard abbreviation, or their code point when they have none.
 */
export function visibleStandIn(char: string): VisibleStandIn {
	const code = char.codePointAt(0)!;
	const point = codePointLabel(char);
	if (code < 0x20) return { label: String.fromCodePoint(0x2400 + code), title: `${point} ${C0_NAMES[code]}` };
	if (code === 0x7f) return { label: '\u2421', title: `${point} DELETE` };
	const known = FORMAT_NAMES[code];
	if (known) return { label: known[0], title: `${point} ${known[1]}` };
	const selector = variationSelectorNumber(code);
	if (selector) return { label: `VS${selector}`, title: `${point} VARIATION SELECTOR-${selector}` };
	const kind = code <= 0x9f ? 'control character' : NONCHARACTER.test(char) ? 'noncharacter' : 'invisible format character';
	return { label: point, title: `${point} ${kind}` };
}

function variationSelectorNumber(code: number): number | null {
	if (code >= 0xfe00 && code <= 0xfe0f) return code - 0xfe00 + 1;
	if (code >= 0xe0100 && code <= 0xe01ef) return code - 0xe0100 + 17;
	return null;
}

/** `text` without its hidden characters: what the reading view shows. */
export function removeHiddenCharacters(text: string): string {
	return text.replace(HIDDEN_CHARACTER, '');
}

// Not global, so `exec` keeps no state between calls.
const FIRST_HIDDEN_CHARACTER = new RegExp(HIDDEN_CLASS, 'u');

/** The first hidden character of `text` and its UTF-16 offset, or null when it has none. */
export function findHiddenCharacter(text: string): { char: string; index: number } | null {
	const match = FIRST_HIDDEN_CHARACTER.exec(text);
	return match ? { char: match[0], index: match.index } : null;
}
