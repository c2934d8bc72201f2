/**
 * A query as the reader typed it, cut into what must each be found in a sentence: its
 * words, and its double-quoted phrases (“curly” quotes too; an unclosed quote runs to
 * the end). Punctuation and capitals a reader pastes along with a sentence are dropped
 * with everything between words.
 */
import { foldWord, surfaceOf, wordSpans } from './analyze.ts';

/** A word of the query. */
export interface QueryWord {
	/** As typed: `Grúas`. */
	text: string;
	/** `surfaceOf(text)`: `grúas`. */
	surface: string;
	/** UTF-16 offsets in the query. */
	start: number;
	end: number;
	/** The phrase it belongs to (an index into `phrases`), or null outside quotes. */
	phrase: number | null;
}

export interface ParsedQuery {
	words: QueryWord[];
	/** Word indexes of each quoted phrase, in order. */
	phrases: number[][];
	/** The word still being typed, matched by its beginning too: `null` unless searching as the reader types. */
	typing: number | null;
}

/** How many letters a word being typed needs before it is also matched as a beginning. */
export const MIN_PREFIX_LENGTH = 3;

const QUOTED = /"([^"]*)"?|\u201C([^\u201D]*)\u201D?/g;

/**
 * @param typing Whether the reader is still typing: the last word, if nothing follows
 *   it, outside quotes and at least `MIN_PREFIX_LENGTH` letters long, is then also
 *   matched as the beginning of a word.
 */
export function parseQuery(query: string, { typing = false } = {}): ParsedQuery {
	const quoted = [...query.matchAll(QUOTED)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
	const phrases: number[][] = quoted.map(() => []);
	const words = wordSpans(query).map(({ start, end }, i): QueryWord => {
		const inQuote = quoted.findIndex((quote) => start > quote.start && end <= quote.end);
		if (inQuote >= 0) phrases[inQuote]!.push(i);
		const text = query.slice(start, end);
		return { text, surface: surfaceOf(text), start, end, phrase: inQuote >= 0 ? inQuote : null };
	});
	const last = words.at(-1);
	const isTyped =
		typing && last !== undefined && last.phrase === null && last.end === query.length && foldWord(last.surface).length >= MIN_PREFIX_LENGTH;
	return { words, phrases: phrases.filter((phrase) => phrase.length > 0), typing: isTyped ? words.length - 1 : null };
}

/**
 * The query as the page quotes it back: in “curly quotes”, unless it has quotes of its
 * own, which are then curled in place (`"las grúas"` → “las grúas”, never “"las grúas"”).
 */
export function quoteQuery(query: string): string {
	if (!/["\u201C\u201D]/.test(query)) return `\u201C${query}\u201D`;
	let open = false;
	return query.replace(/"/g, () => ((open = !open) ? '\u201C' : '\u201D'));
}
