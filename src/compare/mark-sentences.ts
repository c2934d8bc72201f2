/**
 * Marks over a row's text, cut back into its sentences. Diffs and anchors are found on a
 * cell's sentences joined by spaces (a change may cross a sentence boundary); each
 * sentence is shown on its own, with its own permalink, so the marks are split again.
 */

export type Mark = 'removed' | 'added' | 'anchor';

export interface MarkRange {
	start: number;
	end: number;
	mark: Mark;
}

export interface MarkedText {
	text: string;
	mark: Mark | null;
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
