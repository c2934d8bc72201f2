/**
 * The search index as the browser reads it (`index-format.ts`): the manifest once, then
 * only the shards a query's words need and the review files a page of results shows,
 * each fetched once.
 */
import type { SupportedLanguage } from '../corpus/languages.ts';
import { foldedStemOf, foldWord, stemOf } from './analyze.ts';
import {
	decodePostings,
	shardOf,
	shardsUnder,
	type IndexManifest,
	type IndexShard,
	type Occurrence,
	type ReviewFile,
} from './index-format.ts';

/** A word of the index in one language, with the views of it that matching compares. */
export interface IndexWord {
	surface: string;
	folded: string;
	stem: string;
	foldedStem: string;
	/** Its occurrences, decoded on first use. */
	occurrences: () => Occurrence[];
}

/** Reads a JSON file of the index by its path under the index folder. */
export type FetchJson = (path: string) => Promise<unknown>;

/** A fetcher of the index at `indexUrl` (`/search-index/`). */
export function fetchFrom(indexUrl: string): FetchJson {
	return async (path) => {
		const response = await fetch(indexUrl + path);
		if (!response.ok) throw new Error(`Could not load the search index (${response.status} for ${path})`);
		return response.json();
	};
}

export class SearchIndex {
	readonly manifest: IndexManifest;
	readonly languages: SupportedLanguage[];
	private readonly shards = new Map<string, Promise<IndexWord[]>>();
	private readonly reviews = new Map<string, Promise<ReviewFile>>();

	private readonly fetchJson: FetchJson;

	private constructor(manifest: IndexManifest, fetchJson: FetchJson) {
		this.manifest = manifest;
		this.fetchJson = fetchJson;
		this.languages = Object.keys(manifest.shards) as SupportedLanguage[];
	}

	/** Opens the index: reads its manifest. */
	static async open(fetchJson: FetchJson): Promise<SearchIndex> {
		return new SearchIndex((await fetchJson('manifest.json')) as IndexManifest, fetchJson);
	}

	/** Number of records (sentences) in the corpus. */
	get recordCount(): number {
		const last = this.manifest.texts.at(-1);
		return last ? last.first + last.sentences : 0;
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

	/** A review's texts and alignments. */
	review(id: string): Promise<ReviewFile> {
		let review = this.reviews.get(id);
		if (!review) this.reviews.set(id, (review = this.fetchJson(`reviews/${id}.json`) as Promise<ReviewFile>));
		return review;
	}

	private shard(language: SupportedLanguage, n: number): Promise<IndexWord[]> {
		const path = `${language}/${n}.json`;
		let shard = this.shards.get(path);
		if (!shard) {
			shard = (this.fetchJson(path) as Promise<IndexShard>).then(({ words }) =>
				words.map(([surface, postings]) => {
					let decoded: Occurrence[] | undefined;
					const stem = stemOf(surface, language);
					return {
						surface,
						folded: foldWord(surface),
						stem,
						foldedStem: foldWord(stem) || foldWord(surface),
						occurrences: () => (decoded ??= decodePostings(postings)),
					};
				}),
			);
			this.shards.set(path, shard);
		}
		return shard;
	}
}
