/**
 * What the comparison pages show: for a pair, its links as rows; for a review, every
 * variant aligned to the review's original and merged into rows across all of them.
 */
import { buildRows, linksToRows, markModes, type CompareText, type MarkMode, type RowView } from '../compare/build-rows.ts';
import { mergeAlignments } from '../compare/merge-alignments.ts';
import type { AlignmentLink } from '../align/index.ts';
import { getAllAlignments, type PairAlignment } from './get-alignments.ts';
import type { ReviewRecord, TextRecord } from './get-corpus.ts';
import { getMentionMatcher } from './get-people.ts';

export interface Comparison {
	review: ReviewRecord;
	/** The texts in columns, left to right. */
	texts: TextRecord[];
	rows: RowView[];
	/** How the texts after the first are compared with it, for the page's notes. */
	modes: Set<MarkMode>;
	/** Whole-text similarity, for same-language pairs. */
	similarity?: number;
	/** The review's pairs, for the picker. */
	pairs: { source: TextRecord; target: TextRecord }[];
}

/** A text's reading views, as its reading page shows them. */
const toCompareText = ({ id, data }: TextRecord): CompareText => ({
	id,
	lang: data.lang,
	reading: new Map(data.sentences.map((sentence, i) => [sentence.id, data.reading[i]!])),
});

const reverse = (links: readonly AlignmentLink[]) => links.map((link) => ({ ...link, source: link.target, target: link.source }));

/** Static paths of `/compare/<source>/<target>/`. */
export async function getComparePairPaths() {
	const [alignments, matcher] = await Promise.all([getAllAlignments(), getMentionMatcher()]);
	const pairs = pairsByReview(alignments);
	return alignments.map((alignment) => {
		const { review, source, target, links } = alignment;
		const texts = [toCompareText(source), toCompareText(target)];
		const built = buildRows(texts, linksToRows(source.id, target.id, links), 'pair', matcher);
		const comparison: Comparison = { review, texts: [source, target], ...built, modes: modesOf(texts), pairs: pairs.get(review.id)! };
		return { params: { source: source.id, target: target.id }, props: { comparison } };
	});
}

/** Static paths of `/compare/<review>/`: reviews with two variants or more. */
export async function getCompareReviewPaths() {
	const [alignments, matcher] = await Promise.all([getAllAlignments(), getMentionMatcher()]);
	const byReview = Map.groupBy(alignments, (alignment) => alignment.review.id);
	const pairs = pairsByReview(alignments);
	return [...byReview.values()].map((reviewAlignments) => {
		const { review } = reviewAlignments[0]!;
		const texts = [...new Map(reviewAlignments.flatMap(({ source, target }) => [source, target]).map((t) => [t.id, t])).values()].sort(
			(a, b) => a.data.order - b.data.order,
		);
		// The pivot is the review's original: every variant was made from it or from its variants.
		const pivot = texts.find((text) => text.data.derivedFrom === null) ?? texts[0]!;
		const columns = [pivot, ...texts.filter((text) => text !== pivot)];
		const pivotLinks = columns.slice(1).map((other) => {
			const pair = reviewAlignments.find((a) => (a.source === pivot && a.target === other) || (a.source === other && a.target === pivot))!;
			return { textId: other.id, links: pair.source === pivot ? pair.links : reverse(pair.links) };
		});
		const merged = mergeAlignments(
			pivot.id,
			pivot.data.sentences.map((s) => s.id),
			pivotLinks,
		);
		const compared = columns.map((text) => toCompareText(text));
		const built = buildRows(compared, merged, 'review', matcher);
		const comparison: Comparison = { review, texts: columns, ...built, modes: modesOf(compared), pairs: pairs.get(review.id)! };
		return { params: { review: review.id }, props: { comparison } };
	});
}

const modesOf = (texts: readonly CompareText[]) => new Set(markModes(texts).filter((mode) => mode !== null));

/** Each review's pairs, for the pickers: grouped once, so pages cost what their review does. */
function pairsByReview(alignments: readonly PairAlignment[]) {
	const pairs = new Map<string, Comparison['pairs']>();
	for (const { review, source, target } of alignments) {
		const list = pairs.get(review.id) ?? [];
		list.push({ source, target });
		pairs.set(review.id, list);
	}
	return pairs;
}
