/**
 * A result's excerpt: the sentence as the reading page shows it, with the words the
 * query matched marked. It is cut from the sentence's own characters (nothing is
 * decoded or re-spaced), and the page builds it as text nodes and `<mark>` elements,
 * never as HTML.
 *
 * The index keeps each word's position among its sentence's words (`wordSpans`), so the
 * positions a search finds are the words to mark.
 */
import { wordSpans } from './analyze.ts';

export interface ExcerptPiece {
	text: string;
	marked: boolean;
}

export interface Excerpt {
	/** The shown part of the sentence: its exact characters, some marked. */
	pieces: ExcerptPiece[];
	/** Whether the sentence goes on before the pieces, and after them (an ellipsis shows it). */
	cutBefore: boolean;
	cutAfter: boolean;
}

/** Words shown of a long sentence, and how many of them come before the first hit. */
export const EXCERPT_WORDS = 60;
const WORDS_BEFORE_HIT = 20;

/**
 * Splits `sentence` into its text and its marked words, in order.
 * @param locations Positions of the matched words among the sentence's words.
 * @returns Pieces whose texts join to the whole sentence, or, when the sentence has more
 *   than `EXCERPT_WORDS` words, to the part of it around the first hit.
 */
export function excerptOf(sentence: string, locations: readonly number[]): Excerpt {
	const spans = wordSpans(sentence);
	const marked = new Set(locations.filter((location) => location >= 0 && location < spans.length));
	let first = 0;
	let last = spans.length - 1;
	if (spans.length > EXCERPT_WORDS) {
		// A loop, not Math.min(...marked): a long sentence can have more hits than a call has arguments.
		let firstHit = spans.length;
		for (const location of marked) firstHit = Math.min(firstHit, location);
		first = Math.max(0, Math.min(firstHit - WORDS_BEFORE_HIT, spans.length - EXCERPT_WORDS));
		last = first + EXCERPT_WORDS - 1;
	}
	const from = first === 0 ? 0 : spans[first]!.start;
	const to = last === spans.length - 1 ? sentence.length : spans[last]!.end;
	const pieces: ExcerptPiece[] = [];
	const add = (text: string, isMarked: boolean) => {
		if (text === '') return;
		const previous = pieces.at(-1);
		if (previous && previous.marked === isMarked && !isMarked) previous.text += text;
		else pieces.push({ text, marked: isMarked });
	};
	let at = from;
	for (let i = first; i <= last; i++) {
		if (!marked.has(i)) continue;
		const { start, end } = spans[i]!;
		add(sentence.slice(at, start), false);
		add(sentence.slice(start, end), true);
		at = end;
	}
	add(sentence.slice(at, to), false);
	return { pieces, cutBefore: from > 0, cutAfter: to < sentence.length };
}
