/**
 * Pagefind's excerpts are HTML: a run of the record's words (split at whitespace, joined
 * by single spaces), `<` and `>` escaped, `<mark>` around each matched word. They are
 * parsed here into plain pieces, so the page builds them as text nodes and `<mark>`
 * elements and never assigns HTML.
 *
 * Pagefind escapes only `<` and `>`, not `&`: a sentence's `&lt;` and its `<` both come
 * back as `&lt;`, and its `&amp;` as `&amp;`, so no decoding can tell what the sentence
 * said. Each excerpt word is matched back to the record's own words instead, and the
 * pieces hold the sentence's exact characters (`&amp;` stays the five characters).
 */

export interface ExcerptPiece {
	text: string;
	marked: boolean;
}

// Pagefind's own word separators (`word_separators` in its browser module).
const WORD_SEPARATORS = /[^\S\uFEFF]+/;

const escapeAngles = (text: string) => text.replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const unescapeAngles = (text: string) => text.replaceAll('&lt;', '<').replaceAll('&gt;', '>');

/**
 * Splits an excerpt into its text and its marked words, in order.
 * @param content The record's whole content (`data.content`): the characters are taken
 *   from it. Without it, or if the excerpt is not a run of its words, `&lt;` and `&gt;`
 *   are read back as `<` and `>`, Pagefind's escaping undone as far as it can be.
 */
export function parseExcerpt(excerpt: string, content?: string): ExcerptPiece[] {
	const parts = excerpt
		.split(/(<mark>[\s\S]*?<\/mark>)/)
		.filter((part) => part !== '')
		.map((part) => (part.startsWith('<mark>') ? { escaped: part.slice(6, -7), marked: true } : { escaped: part, marked: false }));
	const escaped = parts.map((part) => part.escaped).join('');
	const run = content === undefined ? null : findRun(content.split(WORD_SEPARATORS), escaped.split(' '));
	const original = run?.join(' ');
	if (original === undefined || escapeAngles(original) !== escaped) {
		return parts.map(({ escaped: text, marked }) => ({ text: unescapeAngles(text), marked }));
	}
	// Where each offset of the escaped excerpt falls in the original words.
	const toOriginal = new Map<number, number>([[0, 0]]);
	let at = 0;
	for (let i = 0; i < original.length; i++) {
		at += escapeAngles(original[i]!).length;
		toOriginal.set(at, i + 1);
	}
	let from = 0;
	return parts.map(({ escaped: text, marked }) => {
		const start = toOriginal.get(from) ?? 0;
		from += text.length;
		return { text: original.slice(start, toOriginal.get(from) ?? original.length), marked };
	});
}

/** The words of `content` that Pagefind showed as `escaped`, in a row, or null if there is no such run. */
function findRun(words: readonly string[], escaped: readonly string[]): string[] | null {
	for (let start = 0; start + escaped.length <= words.length; start++) {
		if (escapeAngles(words[start]!) !== escaped[0]) continue;
		const run = words.slice(start, start + escaped.length);
		if (run.every((word, i) => escapeAngles(word) === escaped[i])) return run;
	}
	return null;
}
