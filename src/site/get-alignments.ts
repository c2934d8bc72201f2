/**
 * The alignments of every pair of variants, computed once per build and shared by the
 * comparison pages, the review pages and the data files.
 */
import { alignSentences, toAlignText, type AlignmentLink } from '../align/index.ts';
import { variantPairs } from '../compare/variant-pairs.ts';
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
	const key = `${source.id}--${target.id}`;
	let alignment = alignments.get(key);
	if (!alignment || import.meta.env.DEV) {
		alignment = getMentionMatcher().then((matcher) => ({
			review,
			source,
			target,
			links: alignSentences(toAlignText(source.data), toAlignText(target.data), { matcher }),
		}));
		alignments.set(key, alignment);
	}
	return alignment;
}

/** Every pair of variants of every review, in manifest order, aligned. */
export async function getAllAlignments(): Promise<PairAlignment[]> {
	const reviews = await getReviewsWithTexts();
	return Promise.all(
		reviews.flatMap(({ review, texts }) => variantPairs(texts).map(({ source, target }) => getAlignment(review, source, target))),
	);
}

/** Static paths of the alignment data files: `a-en--a-es`. */
export async function getAlignmentDataPaths() {
	return (await getAllAlignments()).map((alignment) => ({
		params: { pair: `${alignment.source.id}--${alignment.target.id}` },
		props: { alignment },
	}));
}
