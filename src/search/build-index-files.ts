/**
 * Builds the search index's files (`index-format.ts`) from what the pages were built
 * from: each text's reading view as its reading page shows it, and the alignments the
 * comparison pages and `/data/alignments/` publish. Pure: the caller reads and writes.
 */
import type { TextKind } from '../corpus/schema.ts';
import { pairId } from '../compare/variant-pairs.ts';
import { collectText, type CollectedWords } from './collect-postings.ts';
import { SENTENCE_SLOTS, type IndexManifest, type IndexShard, type Postings, type ReviewFile, type TextChunk } from './index-format.ts';
import { shardWords, type ShardOptions } from './shard-words.ts';

export { MAX_WORD_LENGTH } from './collect-postings.ts';

/** A text as the index is built from it. */
export interface SourceText {
	id: string;
	title: string;
	lang: string;
	kind: TextKind;
	variant: string;
	/** Its review's id. */
	review: string;
	url: string;
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
	/** Path (`en/0/3-1.json`) → a block of a word's postings. */
	blocks: Map<string, Postings>;
	/** Path (`texts/0.json`) → a chunk of the texts table. */
	chunks: Map<string, TextChunk>;
	/** Review id → its file (`reviews/<id>.json`). */
	reviews: Map<string, ReviewFile>;
}

export interface IndexOptions extends ShardOptions {
	textsPerChunk: number;
	/** The index folders of every part searched together (`IndexManifest.parts`). */
	parts?: string[];
}

/**
 * Chosen on the tuning queries at 100,000 texts (README, “Search at scale”): shards of
 * ≤ 16 KB (of 48, 24 and 16 KB, the smallest first searches, names most: a name's
 * spellings look up a shard each); postings past 2 KB in blocks of 16 KB (blocks of
 * 32 KB made the first search of a name 177 KB instead of 135, and halved the 28,000
 * block files); 256 texts a chunk of the texts table (about 1 KB gzipped).
 */
export const DEFAULT_INDEX_OPTIONS: IndexOptions = { maxShardBytes: 16_000, inlineBytes: 2_000, blockBytes: 16_000, textsPerChunk: 256 };

/** Builds every file of the index. */
export function buildIndexFiles(source: SearchSource, options: Partial<IndexOptions> = {}): IndexFiles {
	const settings = { ...DEFAULT_INDEX_OPTIONS, ...options };
	const reviewTitles = new Map(source.reviews.map((review) => [review.id, review.title]));
	const words: CollectedWords = new Map();
	let sentences = 0;
	source.texts.forEach((text, i) => {
		if (!reviewTitles.has(text.review)) throw new Error(`text “${text.id}” names an unknown review “${text.review}”`);
		if (text.reading.length > SENTENCE_SLOTS) throw new Error(`text “${text.id}” has over ${SENTENCE_SLOTS} sentences`);
		collectText(words, i, text.lang, text.reading);
		sentences += text.reading.length;
	});

	const shards = new Map<string, IndexShard>();
	const blocks = new Map<string, Postings>();
	const prefixes: Record<string, string[]> = {};
	for (const [language, byWord] of [...words].sort(([a], [b]) => (a < b ? -1 : 1))) {
		const built = shardWords(language, byWord, settings);
		prefixes[language] = built.prefixes;
		for (const [path, shard] of built.shards) shards.set(path, shard);
		for (const [path, block] of built.blocks) blocks.set(path, block);
	}

	return {
		manifest: {
			texts: source.texts.length,
			reviews: source.reviews.length,
			sentences,
			textsPerChunk: settings.textsPerChunk,
			shards: prefixes,
			...(settings.parts ? { parts: settings.parts } : {}),
		},
		shards,
		blocks,
		chunks: textChunks(source, settings.textsPerChunk),
		reviews: reviewFiles(source),
	};
}

/** The texts table in chunks: each text's review, language and kind. */
function textChunks(source: SearchSource, size: number): Map<string, TextChunk> {
	const titles = new Map(source.reviews.map((review) => [review.id, review.title]));
	const chunks = new Map<string, TextChunk>();
	for (let k = 0; k * size < source.texts.length; k++) {
		const chunk: TextChunk = { reviews: [], texts: [] };
		const reviewIndex = new Map<string, number>();
		for (const text of source.texts.slice(k * size, (k + 1) * size)) {
			let review = reviewIndex.get(text.review);
			if (review === undefined) {
				reviewIndex.set(text.review, (review = chunk.reviews.length));
				chunk.reviews.push([text.review, titles.get(text.review)!]);
			}
			chunk.texts.push([review, text.lang, text.kind]);
		}
		chunks.set(`texts/${k}.json`, chunk);
	}
	return chunks;
}

/** Each review's texts and the alignment links between them, by sentence index. */
function reviewFiles(source: SearchSource): Map<string, ReviewFile> {
	const textNumber = new Map(source.texts.map((text, i) => [text.id, i]));
	const files = new Map<string, ReviewFile>(source.reviews.map(({ id, title }) => [id, { id, title, texts: [], pairs: [] }]));
	source.texts.forEach(({ review, ...text }, i) => files.get(review)!.texts.push({ text: i, ...text }));
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
	return files;
}
