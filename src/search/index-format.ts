/**
 * The search index as published under `/search-index/`: JSON files written by
 * `src/search/build-search-index.ts` and read by the search page, a few at a time. No
 * file a search needs grows with the number of texts, and no word's postings are read
 * whole unless they are small.
 *
 * - `manifest.json`: counts, and per language the word prefix of each shard; with
 *   `SEARCH_PARTS`, the index folders of every part of the corpus searched together.
 * - `<lang>/<n>.json`: shard `n` of a language: every word whose folded stem starts with
 *   the shard's prefix, with the number of sentences it is in, and its postings: inline
 *   when they are small, else in blocks of consecutive sentences,
 *   `<lang>/<n>/<w>-<b>.json` (block `b` of word `w` of the shard).
 * - `texts/<k>.json`: chunk `k` of the texts table (`textsPerChunk` texts): each text's
 *   review, language and kind, which filters and groups a result.
 * - `reviews/<id>.json`: a review's texts as their reading pages show them (labels,
 *   reading view with names recased) and the alignment links between each pair of
 *   them, so a result can show its sentence and the sentences it was aligned with.
 *
 * A sentence is found by its key: sentence `i` of text `t` (texts numbered in corpus
 * order from 0) is `t × SENTENCE_SLOTS + i`, so a key names its text and chunk with no
 * table at hand.
 */
import type { TextKind } from '../corpus/schema.ts';

/** Keys per text: more than a text may have sentences (`MAX_SENTENCES_PER_TEXT`). */
export const SENTENCE_SLOTS = 16_384;

/** The manifest: what a search needs before it reads a shard. */
export interface IndexManifest {
	/** Texts, reviews and sentences (records) in the index. */
	texts: number;
	reviews: number;
	sentences: number;
	/** Texts per chunk of the texts table (`texts/<k>.json`). */
	textsPerChunk: number;
	/** Language → prefix of each shard (shard `n` is `<lang>/<n>.json`). */
	shards: Record<string, string[]>;
	/**
	 * The index folders (`/part-1/search-index/`) of the parts of a corpus split across
	 * builds, this one included, in one order for every part: a search reads them all.
	 */
	parts?: string[];
}

/**
 * A word of a shard: `[surface, sentences, postings]`, its postings inline; or
 * `[surface, sentences, blocks]`, `blocks` holding the first key of each of its blocks
 * (the first in full, then gaps).
 */
export type ShardWord =
	[surface: string, sentences: number, postings: number[]] | [surface: string, sentences: number, blocks: { blocks: number[] }];

/** A shard: its words, sorted by surface. */
export interface IndexShard {
	words: ShardWord[];
}

/**
 * Postings, inline or a block, are flat numbers: for each sentence the gap from the
 * previous sentence's key (from 0 for the first), the number of positions, then the
 * word's positions in it (`[12, 1, 4, 3, 2, 0, 7]`: key 12 at word 4, key 15 at words 0
 * and 7).
 */
export type Postings = number[];

/** A chunk of the texts table: its texts' facet values, by their number in the chunk. */
export interface TextChunk {
	/** The reviews of the chunk's texts: `[id, title]`. */
	reviews: [id: string, title: string][];
	/** Per text: its review (an index into `reviews`), its BCP 47 tag, its kind. */
	texts: [review: number, lang: string, kind: TextKind][];
}

/** A text as a result shows it. */
export interface ReviewText {
	/** Its number in the index. */
	text: number;
	id: string;
	title: string;
	/** BCP 47 tag, for `lang` attributes. */
	lang: string;
	kind: TextKind;
	/** Short name of the version: "Spanish translation". */
	variant: string;
	/** Its reading page. */
	url: string;
	sentenceIds: string[];
	/** The reading view of each sentence, exactly as its reading page shows it. */
	reading: string[];
}

/** A review's texts and alignments. */
export interface ReviewFile {
	id: string;
	title: string;
	texts: ReviewText[];
	/** Alignment links between two texts (by their numbers), by sentence index. */
	pairs: { source: number; target: number; links: [source: number[], target: number[]][] }[];
}

/** One word's occurrences: a sentence and the positions of the word in it. */
export interface Occurrence {
	record: number;
	positions: number[];
}

/** The key of sentence `sentence` of text `text`. */
export const keyOf = (text: number, sentence: number) => text * SENTENCE_SLOTS + sentence;

/** The text and sentence of a key. */
export function placeOfKey(key: number): { text: number; sentence: number } {
	const text = Math.floor(key / SENTENCE_SLOTS);
	return { text, sentence: key - text * SENTENCE_SLOTS };
}

/** Flattens occurrences (in key order) into postings. */
export function encodePostings(occurrences: readonly Occurrence[]): Postings {
	const flat: number[] = [];
	let previous = 0;
	for (const { record, positions } of occurrences) {
		flat.push(record - previous, positions.length);
		// A loop, not push(...positions): a long sentence can repeat a word more times than a call has arguments.
		for (const position of positions) flat.push(position);
		previous = record;
	}
	return flat;
}

/** The occurrences of postings, their keys moved by `offset` (a part's first key). */
export function decodePostings(flat: readonly number[], offset = 0): Occurrence[] {
	const occurrences: Occurrence[] = [];
	let record = offset;
	for (let i = 0; i < flat.length;) {
		record += flat[i]!;
		const count = flat[i + 1]!;
		occurrences.push({ record, positions: flat.slice(i + 2, i + 2 + count) });
		i += 2 + count;
	}
	return occurrences;
}

/** Gaps of ascending numbers, and back: the first keys of a word's blocks. */
export const toGaps = (values: readonly number[]) => values.map((value, i) => value - (i === 0 ? 0 : values[i - 1]!));
export function fromGaps(gaps: readonly number[], offset = 0): number[] {
	let value = offset;
	return gaps.map((gap) => (value += gap));
}

/** The shard of a folded stem: the longest prefix of the language's shards it starts with. */
export function shardOf(prefixes: readonly string[], foldedStem: string): number {
	let best = -1;
	prefixes.forEach((prefix, i) => {
		if (foldedStem.startsWith(prefix) && (best < 0 || prefix.length > prefixes[best]!.length)) best = i;
	});
	return best;
}

/** The shards that may hold words starting with `folded`: those on the same branch of prefixes. */
export function shardsUnder(prefixes: readonly string[], folded: string): number[] {
	return prefixes.flatMap((prefix, i) => (prefix.startsWith(folded) || folded.startsWith(prefix) ? [i] : []));
}
