/**
 * One index folder as the browser reads it (`index-format.ts`): its manifest, then only
 * the shards, blocks, chunks and review files a search needs, each fetched once. Keys
 * are moved by the part's offset, so the keys of every part searched together differ.
 */
import type { SupportedLanguage } from '../corpus/languages.ts';
import type { TextKind } from '../corpus/schema.ts';
import { foldedStemOf, foldWord, stemOf } from './analyze.ts';
import {
	decodePostings,
	fromGaps,
	shardOf,
	shardsUnder,
	type IndexManifest,
	type IndexShard,
	type Occurrence,
	type ReviewFile,
	type TextChunk,
} from './index-format.ts';

/** Reads a JSON file by its URL. */
export type FetchJson = (url: string) => Promise<unknown>;

/** `fetch`, with an error that says which file could not be read. */
export const fetchJson: FetchJson = async (url) => {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`Could not load the search index (${response.status} for ${url})`);
	return response.json();
};

/** A word's postings, in blocks of consecutive keys, read as a search needs them. */
export interface PostingBlocks {
	/** The first key of each block, ascending. */
	readonly starts: readonly number[];
	/** Block `i`'s occurrences, if they are at hand. */
	loaded(i: number): readonly Occurrence[] | undefined;
	/** Block `i`'s occurrences, read if need be. */
	load(i: number): Promise<readonly Occurrence[]>;
}

/** A word of the index in one language, with the views of it that matching compares. */
export interface IndexWord {
	surface: string;
	folded: string;
	stem: string;
	foldedStem: string;
	language: SupportedLanguage;
	/** Sentences it is in. */
	sentences: number;
	postings: PostingBlocks;
}

/** Postings all at hand, in one block (decoded on first use). */
export function wholePostings(occurrences: () => Occurrence[]): PostingBlocks {
	let decoded: Occurrence[] | undefined;
	const block = () => (decoded ??= occurrences());
	return {
		get starts() {
			return [block()[0]?.record ?? 0];
		},
		loaded: () => block(),
		load: async () => block(),
	};
}

/** Whether every block of the postings is at hand. */
export const isWhole = (postings: PostingBlocks) => postings.starts.length === 1 && postings.loaded(0) !== undefined;

/** A text's facet values, from its chunk of the texts table. */
export interface TextLabels {
	review: { id: string; title: string };
	lang: string;
	kind: TextKind;
}

export class IndexPart {
	readonly manifest: IndexManifest;
	/** Folder of the part's index (`/part-2/search-index/`). */
	readonly url: string;
	/** Added to the part's keys. */
	readonly offset: number;
	private readonly fetchJson: FetchJson;
	private readonly files = new Map<string, Promise<unknown>>();

	constructor(manifest: IndexManifest, url: string, offset: number, fetch: FetchJson) {
		this.manifest = manifest;
		this.url = url;
		this.offset = offset;
		this.fetchJson = fetch;
	}

	/** The words of the shard that holds the forms of `surface` in `language`. */
	async wordsFor(surface: string, language: SupportedLanguage): Promise<IndexWord[]> {
		const n = shardOf(this.manifest.shards[language] ?? [], foldedStemOf(surface, language));
		return n < 0 ? [] : this.shard(language, n);
	}

	/** The words of every shard that may hold words starting with `folded` in `language`. */
	async wordsStartingWith(folded: string, language: SupportedLanguage): Promise<IndexWord[]> {
		const shards = shardsUnder(this.manifest.shards[language] ?? [], folded);
		return (await Promise.all(shards.map((n) => this.shard(language, n)))).flat();
	}

	/** Text `text`'s review, language and kind. */
	async labels(text: number): Promise<TextLabels> {
		const size = this.manifest.textsPerChunk;
		const chunk = await this.file<TextChunk>(`texts/${Math.floor(text / size)}.json`);
		const [review, lang, kind] = chunk.texts[text % size]!;
		const [id, title] = chunk.reviews[review]!;
		return { review: { id, title }, lang, kind };
	}

	/** A review's texts and alignments. */
	review(id: string): Promise<ReviewFile> {
		return this.file(`reviews/${encodeURIComponent(id)}.json`);
	}

	/** Whether the part has a review (a review of the URL may be in any part). */
	async hasReview(id: string): Promise<boolean> {
		return this.review(id).then(
			() => true,
			() => false,
		);
	}

	private file<T>(path: string): Promise<T> {
		let file = this.files.get(path);
		if (!file) {
			file = this.fetchJson(this.url + path);
			// A failed read is tried again next time: it may have been the network.
			file.catch(() => this.files.delete(path));
			this.files.set(path, file);
		}
		return file as Promise<T>;
	}

	private async shard(language: SupportedLanguage, n: number): Promise<IndexWord[]> {
		return this.wordsOf(await this.file<IndexShard>(`${language}/${n}.json`), language, n);
	}

	private readonly decoded = new Map<IndexShard, IndexWord[]>();

	private wordsOf(shard: IndexShard, language: SupportedLanguage, n: number): IndexWord[] {
		let words = this.decoded.get(shard);
		if (words) return words;
		words = shard.words.map(([surface, sentences, postings], w) => {
			const stem = stemOf(surface, language);
			return {
				surface,
				folded: foldWord(surface),
				stem,
				foldedStem: foldWord(stem) || foldWord(surface),
				language,
				sentences,
				postings: Array.isArray(postings)
					? wholePostings(() => decodePostings(postings, this.offset))
					: this.blocks(fromGaps(postings.blocks, this.offset), `${language}/${n}/${w}-`),
			};
		});
		this.decoded.set(shard, words);
		return words;
	}

	private blocks(starts: number[], path: string): PostingBlocks {
		const blocks: (Occurrence[] | undefined)[] = [];
		return {
			starts,
			loaded: (i) => blocks[i],
			load: async (i) => (blocks[i] ??= decodePostings(await this.file<number[]>(`${path}${i}.json`), this.offset)),
		};
	}
}
