import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { TextEntry } from '../corpus/schema.ts';
import { loadedCorpus } from '../loaders/read-corpus-once.ts';

/** A text as pages show it: what the collection lists, with its sentences and characters. */
export interface TextRecord {
	id: string;
	data: TextEntry;
	/** The file's characters, exactly. */
	body: string;
}
export type ReviewRecord = CollectionEntry<'reviews'>;

// Astro's data store hands entries back sorted by id; the manifest's order is the reader's.
const byManifestOrder = (a: { data: { order: number } }, b: { data: { order: number } }) => a.data.order - b.data.order;

let texts: Promise<TextRecord[]> | undefined;

/**
 * Every text, in manifest order: the `texts` collection's entries, each with its sentences,
 * reading view and characters from the corpus they were loaded from (the collection
 * stores only what lists need: `src/loaders/corpus-loader.ts`). Worked out once per build.
 */
export function getTexts(): Promise<TextRecord[]> {
	if (!texts || import.meta.env.DEV) texts = joinTexts();
	return texts;
}

async function joinTexts(): Promise<TextRecord[]> {
	const [entries, corpus] = await Promise.all([getCollection('texts'), loadedCorpus()]);
	const loaded = new Map(corpus.texts.map((text) => [text.data.id, text]));
	return entries.sort(byManifestOrder).map(({ id }) => {
		const text = loaded.get(id);
		if (!text) throw new Error(`The text “${id}” is in the content store but not in the loaded corpus: rebuild without the cache.`);
		return { id, data: text.data, body: text.body };
	});
}

/** A review with its texts, in manifest order. */
export interface ReviewWithTexts {
	review: ReviewRecord;
	texts: TextRecord[];
}

let reviewsWithTexts: Promise<ReviewWithTexts[]> | undefined;

/** Every review, in manifest order, with its texts in manifest order. Worked out once per build. */
export function getReviewsWithTexts(): Promise<ReviewWithTexts[]> {
	if (!reviewsWithTexts || import.meta.env.DEV) reviewsWithTexts = groupReviews();
	return reviewsWithTexts;
}

async function groupReviews(): Promise<ReviewWithTexts[]> {
	const [reviews, texts] = await Promise.all([getCollection('reviews'), getTexts()]);
	const textsByReview = Map.groupBy(texts, (text) => text.data.review);
	return reviews.sort(byManifestOrder).map((review) => ({ review, texts: textsByReview.get(review.id) ?? [] }));
}

/** The corpus's title, description and provenance. */
export async function getCorpusInfo() {
	const entry = await getEntry('corpus', 'info');
	if (!entry) throw new Error('The corpus collection has no "info" entry; the corpus loader did not run.');
	return entry.data;
}

/** Static paths of the per-text pages: each text with its review and the review's texts. */
export async function getTextPagePaths() {
	const reviews = await getReviewsWithTexts();
	return reviews.flatMap(({ review, texts }) =>
		texts.map((text) => ({ params: { id: text.id }, props: { text, review, reviewTexts: texts } })),
	);
}

/**
 * Static paths of the parallel pages, `/texts/<id>/with/<other>/`: each text beside each
 * other version of its review, both ways round (k · (k − 1) pages for a review of k texts).
 */
export async function getParallelPagePaths() {
	const reviews = await getReviewsWithTexts();
	return reviews.flatMap(({ review, texts }) =>
		texts.flatMap((text) =>
			texts
				.filter((other) => other !== text)
				.map((other) => ({ params: { id: text.id, other: other.id }, props: { text, other, review, reviewTexts: texts } })),
		),
	);
}
