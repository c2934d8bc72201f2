/**
 * The rows of a comparison, as the pages show them: per row, each text's linked
 * sentences with their marks, the row's confidence and, for a rewrite, its similarity.
 * Every text is compared with the first (the pair's source, the review's original): a
 * text in the same language by a word diff, a translation by the names and numbers they
 * share.
 */
import { confidenceLevel, type ConfidenceLevel } from '../align/index.ts';
import type { MentionMatcher } from '../people/find-mentions.ts';
import type { RowFinding } from './attach-findings.ts';
import { compareWords, overallSimilarity, type WordDiff } from './diff-words.ts';
import { inlineSentences, markSentences, rangesOfParts, SENTENCE_JOIN, type MarkedText, type MarkRange } from './mark-sentences.ts';
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
	sentences: {
		id: string;
		/** The sentence with its marks. */
		pieces: MarkedText[];
		/**
		 * For a rewrite on a pair's page: the sentence as one inline copy with the words
		 * the rewrite removed and added, shown on narrow screens instead of both columns.
		 */
		inline?: MarkedText[];
	}[];
}

export interface RowView {
	/** `r1`, `r2`, …: the row's anchor. */
	id: string;
	cells: RowCell[];
	confidence: number;
	/**
	 * The confidence in readers' words; `unmatched` where a text has no sentence in the row,
	 * which is no claim of a translation to be sure of.
	 */
	level: ConfidenceLevel | 'unmatched';
	/** For a rewrite's pair: words kept, as a Dice coefficient. */
	similarity?: number;
	/** What the translation checks found in the row (`attach-findings.ts`). */
	findings?: RowFinding[];
}

/** How a text is compared with the first: by a word diff or by shared anchors. */
export type MarkMode = 'diff' | 'anchors';

/**
 * `pair`: two texts, the first marked too (the words a rewrite removed, the anchors of a
 * translation). `review`: every version against the first, whose cell marks only the
 * anchors shared with some translation; a rewrite's cell shows its changes inline.
 */
export type RowLayout = 'pair' | 'review';

function cellTexts(text: CompareText, ids: readonly string[]) {
	const sentences = ids.map((id) => text.reading.get(id) ?? '');
	return { sentences, joined: sentences.join(SENTENCE_JOIN) };
}

const anchorRanges = (anchors: readonly { start: number; end: number }[]): MarkRange[] =>
	anchors.map(({ start, end }) => ({ start, end, mark: 'anchor' as const }));

/** The union of sorted range lists, overlaps dropped (the earlier range wins). */
function mergeRanges(lists: readonly MarkRange[][]): MarkRange[] {
	const merged: MarkRange[] = [];
	for (const range of lists.flat().sort((a, b) => a.start - b.start || b.end - a.end)) {
		if (merged.length === 0 || range.start >= merged.at(-1)!.end) merged.push(range);
	}
	return merged;
}

/** How each text is compared with the first: by its language. */
export function markModes(texts: readonly Pick<CompareText, 'lang'>[]): (MarkMode | null)[] {
	return texts.map((text, i) => (i === 0 ? null : text.lang === texts[0]!.lang ? 'diff' : 'anchors'));
}

/**
 * Rows over any number of texts, each compared with the first.
 * @returns the rows, and for a pair whose second text is a rewrite the whole-text similarity.
 */
export function buildRows(
	texts: readonly CompareText[],
	rows: readonly MergedRow[],
	layout: RowLayout,
	matcher?: MentionMatcher,
): { rows: RowView[]; similarity?: number } {
	const modes = markModes(texts);
	const diffs: WordDiff[] = [];
	const views = rows.map((row, r): RowView => {
		const ids = texts.map((text) => row.cells[text.id] ?? []);
		const pivot = cellTexts(texts[0]!, ids[0]!);
		const pivotRanges: MarkRange[][] = [];
		let similarity: number | undefined;
		const cells = texts.map((text, t): RowCell => {
			const { sentences, joined } = cellTexts(text, ids[t]!);
			const cell = (pieces: MarkedText[][], inline?: MarkedText[][]): RowCell => ({
				textId: text.id,
				lang: text.lang,
				sentences: ids[t]!.map((id, i) => ({ id, pieces: pieces[i]!, ...(inline ? { inline: inline[i]! } : {}) })),
			});
			const mode = modes[t];
			if (mode === 'diff') {
				const diff = compareWords(pivot.joined, joined);
				const inline = inlineSentences(sentences, diff.inline);
				if (layout === 'review') return cell(inline);
				diffs.push(diff);
				similarity = diff.similarity;
				pivotRanges.push(rangesOfParts(diff.source));
				return cell(markSentences(sentences, rangesOfParts(diff.target)), inline);
			}
			if (mode === 'anchors') {
				const anchors = sharedAnchors(pivot.joined, joined, matcher);
				pivotRanges.push(anchorRanges(anchors.source));
				return cell(markSentences(sentences, anchorRanges(anchors.target)));
			}
			return cell([]);
		});
		// The first text's marks are known once every other text has been compared with it.
		const pivotPieces = markSentences(pivot.sentences, mergeRanges(pivotRanges));
		cells[0] = { ...cells[0]!, sentences: cells[0]!.sentences.map((sentence, i) => ({ ...sentence, pieces: pivotPieces[i]! })) };
		const level = cells.some((cell) => cell.sentences.length === 0) ? 'unmatched' : confidenceLevel(row.confidence);
		const view: RowView = { id: `r${r + 1}`, cells, confidence: row.confidence, level };
		if (layout === 'pair' && similarity !== undefined) view.similarity = similarity;
		return view;
	});
	return layout === 'pair' && diffs.length > 0 ? { rows: views, similarity: overallSimilarity(diffs) } : { rows: views };
}

/** Rows of a pair: each link a row. */
export function linksToRows(
	sourceId: string,
	targetId: string,
	links: readonly { source: readonly string[]; target: readonly string[]; confidence: number }[],
): MergedRow[] {
	return links.map((link) => ({ cells: { [sourceId]: [...link.source], [targetId]: [...link.target] }, confidence: link.confidence }));
}
