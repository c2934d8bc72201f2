/**
 * Marks over a row's text, cut back into its sentences. Diffs and anchors are found on a
 * cell's sentences joined by spaces (a change may cross a sentence boundary); each
 * sentence is shown on its own, with its own permalink, so the marks are split again.
 */
import type { CheckId } from '../qa/schema.ts';

export type Mark = 'removed' | 'added' | 'anchor';

export interface MarkRange {
	start: number;
	end: number;
	mark: Mark;
}

export interface MarkedText {
	text: string;
	mark: Mark | null;
	/** A finding of the translation checks at these words (`attach-findings.ts`). */
	finding?: FindingMark;
}

/** Which finding a piece belongs to; the label follows the finding's last piece. */
export interface FindingMark {
	/** The finding's anchor: `r4-f1`. */
	id: string;
	check: CheckId;
	last: boolean;
}

/** How a cell's sentences are joined before marking: one space. */
export const SENTENCE_JOIN = ' ';

/**
 * Splits `ranges` (offsets into `sentences.join(' ')`, sorted, non-overlapping) into
 * pieces per sentence. Each sentence's pieces join back into the sentence.
 */
export function markSentences(sentences: readonly string[], ranges: readonly MarkRange[]): MarkedText[][] {
	let offset = 0;
	return sentences.map((sentence) => {
		const start = offset;
		const end = start + sentence.length;
		offset = end + SENTENCE_JOIN.length;
		const pieces: MarkedText[] = [];
		let at = start;
		for (const range of ranges) {
			if (range.end <= start || range.start >= end) continue;
			const from = Math.max(range.start, start);
			const to = Math.min(range.end, end);
			if (from > at) pieces.push({ text: sentence.slice(at - start, from - start), mark: null });
			pieces.push({ text: sentence.slice(from - start, to - start), mark: range.mark });
			at = to;
		}
		if (at < end || pieces.length === 0) pieces.push({ text: sentence.slice(at - start), mark: null });
		return pieces;
	});
}

/** The ranges of the parts that are not `same`, for `markSentences`. */
export function rangesOfParts(parts: readonly { text: string; change: 'same' | 'removed' | 'added' }[]): MarkRange[] {
	const ranges: MarkRange[] = [];
	let offset = 0;
	for (const part of parts) {
		if (part.change !== 'same') ranges.push({ start: offset, end: offset + part.text.length, mark: part.change });
		offset += part.text.length;
	}
	return ranges;
}

/**
 * Cuts an inline diff (`compareWords(…).inline`, whose `same` and `added` parts join into
 * `sentences.join(' ')`) back into the target's sentences, each removed run in the sentence
 * where it stood (at a boundary, the earlier one).
 */
export function inlineSentences(
	sentences: readonly string[],
	parts: readonly { text: string; change: 'same' | 'removed' | 'added' }[],
): MarkedText[][] {
	// A rewrite's cell with no sentence (the original's sentence was dropped) has nowhere
	// to show the removal: the row's other cell shows the sentence, marked as having none.
	if (sentences.length === 0) return [];
	const ends: number[] = [];
	let offset = 0;
	for (const sentence of sentences) {
		offset += sentence.length;
		ends.push(offset);
		offset += SENTENCE_JOIN.length;
	}
	const out: MarkedText[][] = sentences.map(() => []);
	const add = (index: number, text: string, mark: Mark | null) => {
		const pieces = out[index]!;
		const last = pieces.at(-1);
		if (last && last.mark === mark) last.text += text;
		else pieces.push({ text, mark });
	};
	let at = 0;
	let index = 0;
	for (const part of parts) {
		if (part.change === 'removed') {
			while (index < sentences.length - 1 && at > ends[index]!) index++;
			add(index, part.text, 'removed');
			continue;
		}
		const mark = part.change === 'added' ? 'added' : null;
		let from = 0;
		while (from < part.text.length) {
			while (index < sentences.length - 1 && at >= ends[index]! + SENTENCE_JOIN.length) index++;
			const start = ends[index]! - sentences[index]!.length;
			if (at < start) {
				// The space that joins two sentences belongs to neither.
				const skip = Math.min(start - at, part.text.length - from);
				at += skip;
				from += skip;
				continue;
			}
			const take = Math.min(ends[index]! - at, part.text.length - from);
			if (take <= 0) {
				if (index === sentences.length - 1) break;
				index++;
				continue;
			}
			add(index, part.text.slice(from, from + take), mark);
			at += take;
			from += take;
		}
	}
	return out.map((pieces, i) => (pieces.length === 0 ? [{ text: sentences[i]!, mark: null }] : pieces));
}
