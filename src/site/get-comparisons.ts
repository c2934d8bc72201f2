/**
 * What the comparison pages show: for a pair, its links as rows; for a review, every
 * variant aligned to the review's original and merged into rows across all of them.
 */
import { buildRows, linksToRows, markModes, type CompareText, type MarkMode, type RowView } from '../compare/build-rows.ts';
import { attachFindings, type FindingPlacement } from '../compare/attach-findings.ts';
import { mergeAlignments } from '../compare/merge-alignments.ts';
import type { AlignmentLink } from '../align/index.ts';
import { toCompareText } from './compare-text.ts';
import { getAlignmentsByReview, type PairAlignment } from './get-alignments.ts';
import type { ReviewRecord, TextRecord } from './get-corpus.ts';
import { getMentionMatcher } from './get-people.ts';
import { getPairQa, type PairQa } from './get-qa.ts';

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
	/** The pairs whose findings the rows show (each with the other texts' original on a review's page). */
	checked: { source: TextRecord; target: TextRecord }[];
}

/** A pair's findings, placed on the text that holds each one's words. */
const placementsOf = ({ alignment, findings }: PairQa): FindingPlacement[] =>
	findings.map(({ check, side, at, text, message, ...sentences }) => ({
		check,
		textId: side === 'source' ? alignment.source.id : alignment.target.id,
		sentences: sentences[side],
		at,
		text,
		message,
	}));

const reverse = (links: readonly AlignmentLink[]) => links.map((link) => ({ ...link, source: link.target, target: link.source }));

/**
 * Static paths of `/compare/<source>/<target>/`. The props are the pair and its review's
 * pairs; the page builds its rows when it is rendered (`comparePair`), so the rows of
 * every comparison are not all held at once (Astro keeps every path's props for the
 * whole build: at 10,000 texts the rows were half the build's memory).
 */
export async function getComparePairPaths() {
	const byReview = await getAlignmentsByReview();
	return [...byReview.values()].flatMap((reviewAlignments) => {
		// The review's pairs, for the picker: one list shared by its pages.
		const pairs = reviewAlignments.map(({ source, target }) => ({ source, target }));
		return reviewAlignments.map((alignment) => ({
			params: { source: alignment.source.id, target: alignment.target.id },
			props: { alignment, pairs },
		}));
	});
}

/** A pair's comparison: its links as rows, with the pair's findings. */
export async function comparePair(alignment: PairAlignment, pairs: Comparison['pairs']): Promise<Comparison> {
	const [matcher, qa] = await Promise.all([getMentionMatcher(), getPairQa(alignment)]);
	const { review, source, target, links } = alignment;
	const texts = [toCompareText(source), toCompareText(target)];
	const built = buildRows(texts, linksToRows(source.id, target.id, links), 'pair', matcher);
	return {
		review,
		texts: [source, target],
		...built,
		rows: attachFindings(built.rows, placementsOf(qa)),
		modes: modesOf(texts),
		pairs,
		checked: [{ source, target }],
	};
}

/** Static paths of `/compare/<review>/`: reviews with two variants or more, each with its pairs. */
export async function getCompareReviewPaths() {
	return [...(await getAlignmentsByReview()).values()].map((reviewAlignments) => ({
		params: { review: reviewAlignments[0]!.review.id },
		props: { reviewAlignments },
	}));
}

/** A review's comparison: every variant aligned to the review's original, merged into rows. */
export async function compareReview(reviewAlignments: readonly PairAlignment[]): Promise<Comparison> {
	const { review } = reviewAlignments[0]!;
	const texts = [...new Map(reviewAlignments.flatMap(({ source, target }) => [source, target]).map((t) => [t.id, t])).values()].sort(
		(a, b) => a.data.order - b.data.order,
	);
	// The pivot is the review's original: every variant was made from it or from its variants.
	const pivot = texts.find((text) => text.data.derivedFrom === null) ?? texts[0]!;
	const columns = [pivot, ...texts.filter((text) => text !== pivot)];
	const pivotPairs = reviewAlignments.filter(({ source, target }) => source === pivot || target === pivot);
	const pivotLinks = columns.slice(1).map((other) => {
		const pair = pivotPairs.find((a) => a.source === other || a.target === other)!;
		return { textId: other.id, links: pair.source === pivot ? pair.links : reverse(pair.links) };
	});
	const merged = mergeAlignments(
		pivot.id,
		pivot.data.sentences.map((s) => s.id),
		pivotLinks,
	);
	const compared = columns.map((text) => toCompareText(text));
	const [matcher, pivotChecks] = await Promise.all([getMentionMatcher(), Promise.all(pivotPairs.map(getPairQa))]);
	const built = buildRows(compared, merged, 'review', matcher);
	// Every column is compared with the pivot: the findings shown are those of its pairs.
	return {
		review,
		texts: columns,
		...built,
		rows: attachFindings(built.rows, pivotChecks.flatMap(placementsOf)),
		modes: modesOf(compared),
		pairs: reviewAlignments.map(({ source, target }) => ({ source, target })),
		checked: pivotPairs.map(({ source, target }) => ({ source, target })),
	};
}

const modesOf = (texts: readonly CompareText[]) => new Set(markModes(texts).filter((mode) => mode !== null));
