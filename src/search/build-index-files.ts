/**
 * Builds the search index's files (`index-format.ts`) from what the pages were built
 * from: each text's reading view as its reading page shows it, and the alignments the
 * comparison pages and `/data/alignments/` publish. Pure: the caller reads and writes.
 *
 * Shards: a language's words are grouped by the first letter of their folded stem
 * (every form of a word, accented or not, in one shard), and a group larger than
 * `maxShardBytes` is split by the next letter, so a search reads a few small files at
 * any corpus size.
 */
import type { SupportedLanguage } from '../corpus/languages.ts';
import { analyzerOf, foldedStemOf, surfaceOf, wordsOf } from './analyze.ts';
import { encodePostings, type IndexManifest, type IndexShard, type IndexedText, type Occurrence, type ReviewFile } from './index-format.ts';
import { pairId } from '../compare/variant-pairs.ts';

/** A text as the index is built from it. */
export interface SourceText extends Omit<IndexedText, 'review' | 'first' | 'sentences'> {
	review: string;
	sentenceIds: string[];
	/** The reading view of each sentence, exactly as its reading page shows it. */
	reading: string[];
}

/** An alignment between two texts of a review, by sentence id (as `/data/alignments/` has it). */
export interface SourceAlignment {
	source: string;
	target: string;
	links: { source: string[]; target: string[] }[];
}

export interface SearchSource {
	reviews: { id: string; title: string }[];
	texts: SourceText[];
	alignments: SourceAlignment[];
}

export interface IndexFiles {
	manifest: IndexManifest;
	/** Path under the index folder (`en/0.json`) → shard. */
	shards: Map<string, IndexShard>;
	/** Review id → its file (`reviews/<id>.json`). */
	reviews: Map<string, ReviewFile>;
}

/** Words longer than this are not indexed: no reader types them, and a hostile one would fill a shard. */
export const MAX_WORD_LENGTH = 64;
const MAX_SHARD_BYTES = 48_000;
const MAX_PREFIX_LENGTH = 4;

/** Builds every file of the index. */
export function buildIndexFiles(source: SearchSource, maxShardBytes = MAX_SHARD_BYTES): IndexFiles {
	const reviewIndex = new Map(source.reviews.map((review, i) => [review.id, i]));
	const texts: IndexedText[] = [];
	const words = new Map<SupportedLanguage, Map<string, Occurrence[]>>();
	let record = 0;
	for (const text of source.texts) {
		const { sentenceIds, reading, review, ...labels } = text;
		const reviewNumber = reviewIndex.get(review);
		if (reviewNumber === undefined) throw new Error(`text “${text.id}” names an unknown review “${review}”`);
		texts.push({ ...labels, review: reviewNumber, first: record, sentences: reading.length });
		const language = analyzerOf(text.lang);
		const byWord = words.get(language) ?? new Map<string, Occurrence[]>();
		words.set(language, byWord);
		for (const sentence of reading) {
			wordsOf(sentence).forEach((word, position) => {
				if (word.length > MAX_WORD_LENGTH) return;
				const surface = surfaceOf(word);
				const occurrences = byWord.get(surface) ?? [];
				byWord.set(surface, occurrences);
				const last = occurrences.at(-1);
				if (last?.record === record) last.positions.push(position);
				else occurrences.push({ record, positions: [position] });
			});
			record++;
		}
	}

	const shards = new Map<string, IndexShard>();
	const prefixes: Record<string, string[]> = {};
	for (const [language, byWord] of [...words].sort(([a], [b]) => (a < b ? -1 : 1))) {
		const entries = [...byWord]
			.map(([surface, occurrences]) => ({ surface, key: foldedStemOf(surface, language), postings: encodePostings(occurrences) }))
			.sort((a, b) => (a.surface < b.surface ? -1 : a.surface > b.surface ? 1 : 0));
		const groups = splitByPrefix(entries, 1, maxShardBytes);
		prefixes[language] = groups.map((group) => group.prefix);
		groups.forEach((group, n) => {
			shards.set(`${language}/${n}.json`, { words: group.entries.map((entry) => [entry.surface, entry.postings]) });
		});
	}

	return {
		manifest: { reviews: source.reviews, texts, shards: prefixes },
		shards,
		reviews: reviewFiles(source, texts),
	};
}

interface Entry {
	surface: string;
	key: string;
	postings: number[];
}

const sizeOf = (entries: readonly Entry[]) => entries.reduce((sum, entry) => sum + entry.surface.length + entry.postings.length * 3, 0);

/** Groups entries by the first `depth` letters of their key, splitting large groups further. */
function splitByPrefix(entries: readonly Entry[], depth: number, maxBytes: number): { prefix: string; entries: Entry[] }[] {
	const byPrefix = Map.groupBy(entries, (entry) => [...entry.key].slice(0, depth).join(''));
	return [...byPrefix.keys()].sort().flatMap((prefix) => {
		const group = byPrefix.get(prefix)!;
		if (sizeOf(group) <= maxBytes || depth >= MAX_PREFIX_LENGTH) return [{ prefix, entries: group }];
		// Keys no longer than the prefix stay in a shard of their own, which the prefix names.
		const ending = group.filter((entry) => [...entry.key].length <= depth);
		const longer = group.filter((entry) => [...entry.key].length > depth);
		return [...(ending.length > 0 ? [{ prefix, entries: ending }] : []), ...splitByPrefix(longer, depth + 1, maxBytes)];
	});
}

/** Each review's texts and the alignment links between them, by sentence index. */
function reviewFiles(source: SearchSource, texts: readonly IndexedText[]): Map<string, ReviewFile> {
	const textNumber = new Map(source.texts.map((text, i) => [text.id, i]));
	const files = new Map<string, ReviewFile>(source.reviews.map((review) => [review.id, { texts: [], pairs: [] }]));
	source.texts.forEach((text, i) => {
		files.get(text.review)!.texts.push({ text: i, sentenceIds: text.sentenceIds, reading: text.reading });
	});
	for (const alignment of source.alignments) {
		const [source_, target] = [alignment.source, alignment.target].map((id) => {
			const number = textNumber.get(id);
			if (number === undefined) throw new Error(`an alignment names an unknown text “${id}”`);
			return number;
		}) as [number, number];
		const sides = [source.texts[source_]!, source.texts[target]!];
		if (sides[0]!.review !== sides[1]!.review)
			throw new Error(`the alignment ${pairId(alignment.source, alignment.target)} crosses reviews`);
		const indexOf = sides.map((text) => new Map(text.sentenceIds.map((id, n) => [id, n])));
		const toIndexes = (ids: readonly string[], side: 0 | 1) =>
			ids.map((id) => {
				const n = indexOf[side]!.get(id);
				if (n === undefined)
					throw new Error(
						`the alignment ${pairId(alignment.source, alignment.target)} names an unknown sentence “${id}” of ${sides[side]!.id}`,
					);
				return n;
			});
		files.get(sides[0]!.review)!.pairs.push({
			source: source_,
			target,
			links: alignment.links.map((link) => [toIndexes(link.source, 0), toIndexes(link.target, 1)]),
		});
	}
	void texts;
	return files;
}
