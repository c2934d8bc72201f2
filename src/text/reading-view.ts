/**
 * The reading view of a text: each sentence tidied for reading. It is only ever a view
 * shown next to the source, never a replacement for it; the source stays verbatim.
 */
import { detokenize } from './detokenize.ts';
import { removeHiddenCharacters } from './invisible-characters.ts';
import { stripWebResidue, type TextFormat } from './segment-sentences.ts';

export interface ReadingViewOptions {
	lang: string;
	format: TextFormat;
}

/** Whether a straight double quote is open, carried from one sentence to the next. */
interface QuoteState {
	open: boolean;
}

// Words whose period is not a stray one even before a lower-case word.
const ABBREVIATIONS = new Set([
	'etc',
	'vs',
	'cf',
	'approx',
	'aprox',
	'incl',
	'esp',
	'ej',
	'fig',
	'vol',
	'mr',
	'mrs',
	'ms',
	'dr',
	'dra',
	'prof',
	'sr',
	'sra',
	'srta',
	'jr',
	'st',
]);
const STRAY_PERIOD_BEFORE_COMMA = /(?<!\.) ?\.(?!\.) +,/g;
const SPACED_PERIOD_BEFORE_LOWER = /(?<!\.) \.(?= \p{Ll})/gu;
const WORD_PERIOD_BEFORE_LOWER = /(?<![\p{L}\p{M}.])(\p{L}{2,})\.(?= \p{Ll})/gu;
const SPACE_BEFORE_CLOSING = / +(?=[,;:!?)\]}]|\.(?!\.))/g;
const SPACE_AFTER_OPENING = /([(\[{¿¡\u201C]) +/g;
const COMMA_AFTER_OPENING = /(^|[(\[{¿¡\u201C]) ?[,;] ?/g;
const FIRST_LETTER = /^([\u201C\u2018"'(\[{¿¡«]*)(\p{Ll})/u;
const PRONOUN_I = /(?<![\p{L}\p{M}\p{N}'’-])i(?![\p{L}\p{M}\p{N}-]|\.\p{L})/gu;

/** One reading string per sentence: a view for reading, never a replacement of the source. */
export function toReadingView(sentences: readonly string[], options: ReadingViewOptions): string[] {
	const quotes: QuoteState = { open: false };
	return sentences.map((sentence) => readSentence(sentence, options, quotes));
}

function readSentence(sentence: string, options: ReadingViewOptions, quotes: QuoteState): string {
	// Controls, bidi overrides and zero-width spaces have no place in text for reading:
	// they would reorder the page or split words (and names) invisibly. The source view
	// shows them.
	let text = removeHiddenCharacters(sentence);
	if (options.format === 'tokenized') {
		text = detokenize(text);
		if (options.lang.toLowerCase().startsWith('en')) text = text.replace(PRONOUN_I, 'I');
	}
	text = collapseSpaces(stripWebResidue(text));
	text = removeStrayPeriods(text, options.format);
	text = text.replace(SPACE_BEFORE_CLOSING, '').replace(SPACE_AFTER_OPENING, '$1');
	text = pairDoubleQuotes(text, quotes).replace(COMMA_AFTER_OPENING, '$1');
	return capitalizeFirstLetter(collapseSpaces(text), options.lang);
}

function collapseSpaces(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/**
 * Periods the machine translations left mid-sentence: `Samoilova). , awakening`,
 * `marriage . with`, `imaginaria. con`. In tokenized text everything is lower-case, so
 * a lower-case word after a period proves nothing there: only `. ,` is removed.
 */
function removeStrayPeriods(text: string, format: TextFormat): string {
	const result = text.replace(STRAY_PERIOD_BEFORE_COMMA, ',');
	if (format === 'tokenized') return result;
	return result
		.replace(SPACED_PERIOD_BEFORE_LOWER, '')
		.replace(WORD_PERIOD_BEFORE_LOWER, (whole, word: string) => (ABBREVIATIONS.has(word.toLowerCase()) ? whole : word));
}

/**
 * Turns straight double quotes into “ ”. A quote closes when one is open, opens when it
 * is glued to what follows, and is otherwise residue (the trailing `" "` of file 001)
 * and dropped. The state spans sentences: file 004 opens a quote in one sentence and
 * closes it in the next.
 */
function pairDoubleQuotes(text: string, quotes: QuoteState): string {
	if (!text.includes('"')) return text;
	const parts: string[] = [];
	let from = 0;
	for (let at = text.indexOf('"'); at !== -1; at = text.indexOf('"', from)) {
		const before = text.slice(from, at);
		from = at + 1;
		if (quotes.open) {
			parts.push(before.trimEnd(), '\u201D');
			quotes.open = false;
		} else if (from < text.length && text[from] !== ' ') {
			parts.push(before, '\u201C');
			quotes.open = true;
		} else {
			parts.push(before);
		}
	}
	parts.push(text.slice(from));
	return parts.join('');
}

/** Upper-cases the first letter when only opening quotes or brackets precede it. */
function capitalizeFirstLetter(text: string, lang: string): string {
	return text.replace(FIRST_LETTER, (_whole, opening: string, letter: string) => opening + letter.toLocaleUpperCase(lang));
}
