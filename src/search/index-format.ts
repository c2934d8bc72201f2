/**
 * The search index as published under `/search-index/`: JSON files written by
 * `src/search/build-search-index.ts` and read by the search page, a few at a time.
 *
 * - `manifest.json`: the reviews, the texts (labels, URL, where their sentences start
 *   among the records) and, per language, the word prefix of each shard.
 * - `<lang>/<n>.json`: shard `n` of a language: every word whose folded stem starts
 *   with the shard's prefix, with the sentences and positions it has.
 * - `reviews/<id>.json`: a review's texts as their reading pages show them (reading
 *   view, names recased) and the alignment links between each pair of them, so a
 *   result can show its sentence and the sentences it was aligned with.
 *
 * A record is a sentence: record `text.first + i` is sentence `i` of `text`.
 */
import type { TextKind } from '../corpus/schema.ts';

/** The manifest: everything a search needs before it reads a shard. */
export interface IndexManifest {
	reviews: { id: string; title: string }[];
	texts: IndexedText[];
	/** Language → prefix of each shard (shard `n` is `<lang>/<n>.json`). */
	shards: Record<string, string[]>;
}

/** A text as search shows and filters it. */
export interface IndexedText {
	id: string;
	title: string;
	/** BCP 47 tag, for `lang` attributes. */
	lang: string;
	/** `original`, `rewrite` or `translation`. */
	kind: TextKind;
	/** Short name of the version: "Spanish translation". */
	variant: string;
	/** Index of its review in `reviews`. */
	review: number;
	/** Its reading page. */
	url: string;
	/** Record number of its first sentence. */
	first: number;
	sentences: number;
}

/**
 * A shard: `[surface, postings]` per word, sorted by surface. Postings are flat numbers:
 * for each sentence the gap from the previous sentence's record, the number of
 * positions, then the positions (`[12, 1, 4, 3, 2, 0, 7]`: record 12 at word 4,
 * record 15 at words 0 and 7).
 */
export interface IndexShard {
	words: [surface: string, postings: number[]][];
}

/** A review's texts and alignments. */
export interface ReviewFile {
	texts: { text: number; sentenceIds: string[]; reading: string[] }[];
	/** Alignment links between two texts (indexes into the manifest's texts), by sentence index. */
	pairs: { source: number; target: number; links: [source: number[], target: number[]][] }[];
}

/** One word's occurrences: a sentence and the positions of the word in it. */
export interface Occurrence {
	record: number;
	positions: number[];
}

/** Flattens occurrences (in record order) into shard postings. */
export function encodePostings(occurrences: readonly Occurrence[]): number[] {
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

/** The occurrences of shard postings. */
export function decodePostings(flat: readonly number[]): Occurrence[] {
	const occurrences: Occurrence[] = [];
	let record = 0;
	for (let i = 0; i < flat.length;) {
		record += flat[i]!;
		const count = flat[i + 1]!;
		occurrences.push({ record, positions: flat.slice(i + 2, i + 2 + count) });
		i += 2 + count;
	}
	return occurrences;
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
