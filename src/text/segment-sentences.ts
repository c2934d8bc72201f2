/**
 * Sentence segmentation of the corpus texts. Sentences are spans of the source: their
 * text is always the source's own characters, so a reading view can never drift from it.
 */

import type { Sentence, TextFormat } from './sentence-schema.ts';
import { segmenterOf } from './segmenter.ts';

export type { Sentence, TextFormat };

type Span = Pick<Sentence, 'start' | 'end'>;

/** How to segment a text. */
export interface SegmentOptions {
	/** BCP 47 tag of the text's language. */
	lang: string;
	format: TextFormat;
	/**
	 * Tokenized text only: offsets (from `findGluedPeriods`) where a line holds two
	 * sentences, so it is cut there. Ignored for prose, which cuts at every glued period.
	 */
	cuts?: readonly number[] | undefined;
}

// Runs of characters between line breaks. \r\n is two breaks around an empty run.
const LINE = /[^\n\r\u2028\u2029]+/g;
const SPACE = /\s/;
// U+FEFF ZERO WIDTH NO-BREAK SPACE, which is also the byte order mark.
const ZWNBSP = 0xfeff;
const BR_TAG = /<br\s*\/?>/gi;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const CONTINUATION_START = /[,;:\p{Ll}]/uy;
// Titles that ICU takes for a sentence end ("Dr. ", "Mr. "): the next piece continues.
const TITLE_END = /(?:^|[^\p{L}])(?:mrs?|ms|dr|dra|prof|sra?|srta|vs)\.$/iu;
// A glued "crowds.perhaps": a word of 2+ letters, a period, a lower-case word of 2+
// letters. Not when it is part of a URL, e-mail, path, domain or dotted abbreviation.
const GLUED = /(?<![\p{L}\p{M}\p{N}._/\\@:?=&#%~+])(\p{L}{2,})\.(?=(\p{Ll}{2,})(?![\p{L}\p{M}\p{N}_/\\@-]|\.[\p{L}\p{N}]))/gu;
const NOT_GLUED_LEFT = new Set(['mr', 'mrs', 'ms', 'dr', 'dra', 'prof', 'sr', 'sra', 'srta', 'st', 'vs', 'etc', 'www']);
const NOT_GLUED_RIGHT = new Set([
	'com',
	'org',
	'net',
	'edu',
	'gov',
	'mil',
	'info',
	'biz',
	'io',
	'uk',
	'ru',
	'html',
	'htm',
	'php',
	'asp',
	'aspx',
	'jpg',
	'jpeg',
	'png',
	'gif',
	'pdf',
	'txt',
]);

/** Removes `<br>`, `<br/>`, `<br />` in any case: web residue of some corpus texts. */
export function stripWebResidue(text: string): string {
	return text.replace(BR_TAG, '');
}

/**
 * Splits a decoded text file into sentences, in order. Every character that is not
 * whitespace (JavaScript's `\s`, less U+FEFF except as the byte order mark, which falls in
 * the gap before the first sentence) belongs to exactly one sentence; sentences are trimmed, never
 * empty, and never cross a line break (\n, \r, U+2028, U+2029).
 *
 * `tokenized`: every non-blank line is one sentence. `prose`: each line is split with
 * `Intl.Segmenter` (ICU rules), then this corpus's quirks are repaired: a piece of only
 * punctuation or `<br />` residue, or one that starts with `,` `;` `:` or a lower-case
 * letter, continues the previous sentence; a glued `word.word` is split after the period.
 * A tokenized line is cut at the `cuts` given, so the sentence ids after a cut move on by one.
 */
export function segmentSentences(source: string, options: SegmentOptions): Sentence[] {
	const spans: Span[] = [];
	const cuts = options.format === 'tokenized' ? [...new Set(options.cuts ?? [])].sort((a, b) => a - b) : [];
	let next = 0;
	for (const line of source.matchAll(LINE)) {
		if (options.format === 'prose') {
			segmentProseLine(source, line[0], line.index, options.lang, spans);
			continue;
		}
		const end = line.index + line[0].length;
		let start = line.index;
		while (next < cuts.length && cuts[next]! <= start) next++;
		for (; next < cuts.length && cuts[next]! < end; next++) {
			const piece = trimSpan(source, { start, end: cuts[next]! });
			if (piece) spans.push(piece);
			start = cuts[next]!;
		}
		const trimmed = trimSpan(source, { start, end });
		if (trimmed) spans.push(trimmed);
	}
	return spans.map((span, i) => ({ id: `s${i + 1}`, text: source.slice(span.start, span.end), ...span }));
}

/**
 * The glued periods of a text (`crowds.|perhaps`): offsets just after each period that
 * joins a word to a lower-case word, outside URLs, e-mails, paths and abbreviations. In
 * prose they always end a sentence; in tokenized text, where every word is lower-case,
 * they are only candidates, and the corpus's other versions decide
 * (`src/truecase/split-glued-sentences.ts`), passed back as `cuts`.
 */
export function findGluedPeriods(source: string): number[] {
	return [...source.matchAll(LINE)].flatMap((line) => gluedCuts(line[0], line.index));
}

/** Appends the sentences of one prose line (found at `offset` in `source`) to `out`. */
function segmentProseLine(source: string, line: string, offset: number, lang: string, out: Span[]): void {
	const cuts = gluedCuts(line, offset);
	let next = 0;
	for (const sentence of mergeContinuations(source, icuPieces(source, line, offset, lang))) {
		let start = sentence.start;
		for (let cut = cuts[next]; cut !== undefined && cut < sentence.end; cut = cuts[++next]) {
			if (cut > start) out.push({ start, end: cut });
			start = Math.max(start, cut);
		}
		out.push({ start, end: sentence.end });
	}
}

/** The trimmed ICU sentence pieces of one line. */
function icuPieces(source: string, line: string, offset: number, lang: string): Span[] {
	const pieces: Span[] = [];
	for (const { index, segment } of segmenterOf(lang, 'sentence').segment(line)) {
		const piece = trimSpan(source, { start: offset + index, end: offset + index + segment.length });
		if (piece) pieces.push(piece);
	}
	return pieces;
}

/** Joins each piece that cannot start a sentence to the one before it (same line only). */
function mergeContinuations(source: string, pieces: Span[]): Span[] {
	const merged: Span[] = [];
	let previous: Span | undefined;
	for (const piece of pieces) {
		const last = merged.at(-1);
		if (last && previous && (startsAsContinuation(source, piece) || endsWithTitle(source, previous) || isResidue(source, piece))) {
			last.end = piece.end;
		} else {
			merged.push({ start: piece.start, end: piece.end });
		}
		previous = piece;
	}
	return merged;
}

function startsAsContinuation(source: string, piece: Span): boolean {
	CONTINUATION_START.lastIndex = piece.start;
	return CONTINUATION_START.test(source);
}

/** Only punctuation, symbols and `<br />` tags: nothing to read on its own. */
function isResidue(source: string, piece: Span): boolean {
	return !LETTER_OR_DIGIT.test(stripWebResidue(source.slice(piece.start, piece.end)));
}

function endsWithTitle(source: string, piece: Span): boolean {
	// Only the tail matters; slicing keeps the test constant-time on huge pieces.
	return TITLE_END.test(source.slice(Math.max(piece.start, piece.end - 8), piece.end));
}

/** Offsets (in `source`) just after each glued period of a line, such as `crowds.|perhaps`. */
function gluedCuts(line: string, offset: number): number[] {
	const cuts: number[] = [];
	GLUED.lastIndex = 0;
	for (let match = GLUED.exec(line); match; match = GLUED.exec(line)) {
		const [whole, left = '', right = ''] = match;
		if (!NOT_GLUED_LEFT.has(left.toLowerCase()) && !NOT_GLUED_RIGHT.has(right)) cuts.push(offset + match.index + whole.length);
	}
	return cuts;
}

/**
 * The span without surrounding whitespace, or null if it is all whitespace. A U+FEFF is
 * whitespace only as the file's byte order mark (offset 0); anywhere else it is a
 * character of its sentence, kept in the sentence JSON and shown by the source view,
 * though JavaScript's `\s` counts it as a space (as a NUL alone on a line is a sentence).
 */
function trimSpan(source: string, span: Span): Span | null {
	let { start, end } = span;
	while (start < end && isSpaceAt(source, start)) start++;
	while (end > start && isSpaceAt(source, end - 1)) end--;
	return start < end ? { start, end } : null;
}

function isSpaceAt(source: string, index: number): boolean {
	const code = source.charCodeAt(index);
	if (code === 32 || (code >= 9 && code <= 13)) return true;
	if (code === ZWNBSP) return index === 0;
	// \s has no astral members, so testing one UTF-16 unit is exact.
	return code > 127 && SPACE.test(source.charAt(index));
}
