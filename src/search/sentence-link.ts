/**
 * The link of a search result: the sentence's permalink with a text fragment, so the
 * browser itself, with no script on the reading page, scrolls to the sentence, marks its
 * number and highlights the words that matched.
 * @see https://wicg.github.io/scroll-to-text-fragment/
 */
import type { ExcerptPiece } from './excerpt.ts';

/** How many runs of matched words get a highlight directive: bounded, for short URLs. */
const MAX_HIGHLIGHTS = 8;
const CONTEXT_WORDS = 3;

// In a directive, `-`, `,` and `&` are syntax: they must be escaped in the terms.
const encodeTerm = (term: string) => encodeURIComponent(term).replace(/-/g, '%2D');

const JOINS_MARKED_WORDS = /^[\s\-'’]*$/;

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** A matched word with the words around it, to tell it from the same word elsewhere on the page. */
function highlightDirective(before: string, term: string, after: string): string {
	const prefix = words(before).slice(-CONTEXT_WORDS).join(' ');
	const suffix = words(after).slice(0, CONTEXT_WORDS).join(' ');
	return [prefix && `${encodeTerm(prefix)}-`, encodeTerm(term), suffix && `-${encodeTerm(suffix)}`].filter(Boolean).join(',');
}

/**
 * `/texts/a-en/#s10:~:text=10,-This%20film%20features&text=can-,dream,-when%20the%20war`
 * @param url The record's URL: the reading page and the sentence's id.
 * @param content The sentence as the reading page shows it.
 * @param excerpt The result's excerpt, parsed.
 */
export function sentenceLink(url: string, content: string, excerpt: readonly ExcerptPiece[]): string {
	const [page, sentenceId] = url.split('#');
	if (!sentenceId) return url;
	// The number and the first words after it occur once on the page: a unique marker.
	const number = sentenceId.replace(/^s/, '');
	const directives = [`${number},-${encodeTerm(words(content).slice(0, CONTEXT_WORDS).join(' '))}`];
	for (const { before, term, after } of markedRuns(excerpt).slice(0, MAX_HIGHLIGHTS)) {
		directives.push(highlightDirective(before, term, after));
	}
	return `${page}#${sentenceId}:~:${directives.map((directive) => `text=${directive}`).join('&')}`;
}

/**
 * Runs of marked words with the text around them. Marked words separated only by
 * spaces (a quoted phrase) or joined by a hyphen or an apostrophe (`x-ray`) form one
 * run, so the phrase or the word is highlighted as one.
 */
function markedRuns(excerpt: readonly ExcerptPiece[]): { before: string; term: string; after: string }[] {
	const runs: { from: number; to: number }[] = [];
	excerpt.forEach((piece, i) => {
		if (!piece.marked) return;
		const last = runs.at(-1);
		const gap = excerpt.slice((last?.to ?? i) + 1, i);
		if (last && gap.every((between) => !between.marked && JOINS_MARKED_WORDS.test(between.text))) last.to = i;
		else runs.push({ from: i, to: i });
	});
	const text = (from: number, to: number) =>
		excerpt
			.slice(from, to)
			.map((piece) => piece.text)
			.join('');
	return runs.map(({ from, to }) => ({ before: text(0, from), term: text(from, to + 1), after: text(to + 1, excerpt.length) }));
}
