/**
 * The rows of a comparison, as the pages show them: per row, each text's linked
 * sentences with their marks (a diff for same-language pairs, shared anchors for
 * translations), the row's confidence and, for diffs, its similarity.
 */
import type { MentionMatcher } from '../people/find-mentions.ts';
import { compareWords, overallSimilarity, type WordDiff } from './diff-words.ts';
import { markSentences, rangesOfParts, SENTENCE_JOIN, type MarkedText, type MarkRange } from './mark-sentences.ts';
import type { MergedRow } from './merge-alignments.ts';
import { sharedAnchors } from './shared-anchors.ts';

/** What a comparison reads of a text: its language and its sentences' reading views. */
export interface CompareText {
	id: string;
	lang: string;
	/** Sentence id → reading view. */
	reading: ReadonlyMap<string, string>;
}

export interface RowCell {
	textId: string;
	lang: string;
	sentences: { id: string; pieces: MarkedText[] }[];
}

export interface RowView {
	/** `r1`, `r2`, …: the row's anchor. */
	id: string;
	cells: RowCell[];
	confidence: number;
	/** For same-language pairs: words kept, as a Dice coefficient. */
	similarity?: number;
}

export type MarkMode = 'diff' | 'anchors' | 'none';

function cellTexts(text: CompareText, ids: readonly string[]) {
	const sentences = ids.map((id) => text.reading.get(id) ?? '');
	return { sentences, joined: sentences.join(SENTENCE_JOIN) };
}

function toCell(text: CompareText, ids: readonly string[], ranges: readonly MarkRange[]): RowCell {
	const { sentences } = cellTexts(text, ids);
	const pieces = markSentences(sentences, ranges);
	return { textId: text.id, lang: text.lang, sentences: ids.map((id, i) => ({ id, pieces: pieces[i]! })) };
}

/**
 * Rows over any number of texts.
 * @param mode `diff` and `anchors` compare the first two texts; `none` marks nothing.
 * @returns the rows, and for `diff` the whole-text similarity.
 */
export function buildRows(
	texts: readonly CompareText[],
	rows: readonly MergedRow[],
	mode: MarkMode,
	matcher?: MentionMatcher,
): { rows: RowView[]; similarity?: number } {
	const diffs: WordDiff[] = [];
	const views = rows.map((row, i): RowView => {
		const ids = texts.map((text) => row.cells[text.id] ?? []);
		const ranges: MarkRange[][] = texts.map(() => []);
		let similarity: number | undefined;
		const [first, second] = texts;
		if (mode !== 'none' && first && second) {
			const a = cellTexts(first, ids[0]!).joined;
			const b = cellTexts(second, ids[1]!).joined;
			if (mode === 'diff') {
				const diff = compareWords(a, b);
				diffs.push(diff);
				similarity = diff.similarity;
				ranges[0] = rangesOfParts(diff.source);
				ranges[1] = rangesOfParts(diff.target);
			} else {
				const anchors = sharedAnchors(a, b, matcher);
				ranges[0] = anchors.source.map(({ start, end }) => ({ start, end, mark: 'anchor' as const }));
				ranges[1] = anchors.target.map(({ start, end }) => ({ start, end, mark: 'anchor' as const }));
			}
		}
		const view: RowView = {
			id: `r${i + 1}`,
			cells: texts.map((text, t) => toCell(text, ids[t]!, ranges[t]!)),
			confidence: row.confidence,
		};
		if (similarity !== undefined) view.similarity = similarity;
		return view;
	});
	return mode === 'diff' ? { rows: views, similarity: overallSimilarity(diffs) } : { rows: views };
}

/** Rows of a pair: each link a row. */
export function linksToRows(
	sourceId: string,
	targetId: string,
	links: readonly { source: readonly string[]; target: readonly string[]; confidence: number }[],
): MergedRow[] {
	return links.map((link) => ({ cells: { [sourceId]: [...link.source], [targetId]: [...link.target] }, confidence: link.confidence }));
}
