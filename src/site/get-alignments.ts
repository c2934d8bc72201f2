/**
 * The alignments of every pair of variants, computed once per build and shared by the
 * comparison pages, the review pages and the data files.
 */
import { alignSentences, toAlignText, type AlignmentLink } from '../align/index.ts';
import { orientLinks, type OrientedLink } from '../compare/counterparts.ts';
import { pairId, variantPairs } from '../compare/variant-pairs.ts';
import { getReviewsWithTexts, type ReviewRecord, type TextRecord } from './get-corpus.ts';
import { getMentionMatcher } from './get-people.ts';

export interface PairAlignment {
	review: ReviewRecord;
	source: TextRecord;
	target: TextRecord;
	links: AlignmentLink[];
}

const alignments = new Map<string, Promise<PairAlignment>>();

/** The alignment of two texts, worked out on first use. */
export function getAlignment(review: ReviewRecord, source: TextRecord, target: TextRecord): Promise<PairAlignment> {
	const key = pairId(source.id, target.id);
	let alignment = alignments.get(key);
	if (!alignment || import.meta.env.DEV) {
		alignment = getMentionMatcher().then((matcher) => {
			const started = performance.now();
			const links = alignSentences(toAlignText(source.data), toAlignText(target.data), { matcher });
			performance.measure('align:pair', { start: started, detail: { source: source.id, target: target.id } });
			return { review, source, target, links };
		});
		alignments.set(key, alignment);
	}
	return alignment;
}

let allAlignments: Promise<PairAlignment[]> | undefined;

/**
 * Every pair of variants of every review, in manifest order, aligned. The list is made
 * once per build: pages that ask for it must not pay for the whole corpus each time.
 */
export function getAllAlignments(): Promise<PairAlignment[]> {
	if (!allAlignments || import.meta.env.DEV) allAlignments = alignAll();
	return allAlignments;
}

async function alignAll(): Promise<PairAlignment[]> {
	const reviews = await getReviewsWithTexts();
	return Promise.all(
		reviews.flatMap(({ review, texts }) => variantPairs(texts).map(({ source, target }) => getAlignment(review, source, target))),
	);
}

let byReview: Promise<Map<string, PairAlignment[]>> | undefined;

/** Each review with pairs of variants (two texts or more), its pairs aligned, all in manifest order. Grouped once per build. */
export function getAlignmentsByReview(): Promise<ReadonlyMap<string, PairAlignment[]>> {
	if (!byReview || import.meta.env.DEV) byReview = getAllAlignments().then((all) => Map.groupBy(all, ({ review }) => review.id));
	return byReview;
}

/** A review's pairs of variants, aligned, in manifest order; none for a review of one text. */
export async function getReviewAlignments(reviewId: string): Promise<PairAlignment[]> {
	return (await getAlignmentsByReview()).get(reviewId) ?? [];
}

/** Static paths of the alignment data files: `a-en--a-es`. */
export async function getAlignmentDataPaths() {
	return (await getAllAlignments()).map((alignment) => ({
		params: { pair: pairId(alignment.source.id, alignment.target.id) },
		props: { alignment },
	}));
}

/** Another version of a text's review, with their alignment seen from the text. */
export interface AlignedVersion {
	text: TextRecord;
	/** The links, in the text's order, its own sentences as `own`. */
	links: OrientedLink[];
}

/** Every other version of `text`'s review, in manifest order, aligned with it. */
export async function getAlignedVersions(
	text: TextRecord,
	review: ReviewRecord,
	reviewTexts: readonly TextRecord[],
): Promise<AlignedVersion[]> {
	const others = reviewTexts.filter((other) => other.id !== text.id);
	return Promise.all(
		others.map(async (other) => {
			// Pairs are aligned once, the text earlier in the manifest as the source.
			const isSource = text.data.order < other.data.order;
			const { links } = await (isSource ? getAlignment(review, text, other) : getAlignment(review, other, text));
			return { text: other, links: orientLinks(links, isSource ? 'source' : 'target') };
		}),
	);
}
