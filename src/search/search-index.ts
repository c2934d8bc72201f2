/**
 * The search index as the search page reads it: one index folder, or every part of a
 * corpus built in parts (the manifest's `parts`), searched as one. A sentence's key
 * says its part, text and sentence (`PART_SPAN` keys a part), so hits of every part
 * are found, merged and ordered together.
 */
import type { SupportedLanguage } from '../corpus/languages.ts';
import { fetchJson as fetchFromNetwork, IndexPart, type FetchJson, type IndexWord, type TextLabels } from './index-part.ts';
import { placeOfKey, SENTENCE_SLOTS, shardsUnder, type IndexManifest, type ReviewFile } from './index-format.ts';
import type { KeyRange } from './read-hits.ts';

export { isWhole, wholePostings, type FetchJson, type IndexWord, type TextLabels } from './index-part.ts';

/** Keys per part: room for 2²⁴ texts a part, and 2¹⁵ parts below 2⁵³. */
export const PART_SPAN = 2 ** 24 * SENTENCE_SLOTS;

/** Where a key is: its part, the text's number in the part, the sentence's in the text. */
export interface Place {
	part: IndexPart;
	text: number;
	sentence: number;
}

export class SearchIndex {
	readonly parts: readonly IndexPart[];
	readonly languages: SupportedLanguage[];
	/** Sentences in every part together. */
	readonly sentenceCount: number;

	private constructor(parts: IndexPart[]) {
		this.parts = parts;
		this.languages = [...new Set(parts.flatMap((part) => Object.keys(part.manifest.shards)))] as SupportedLanguage[];
		this.sentenceCount = parts.reduce((sum, part) => sum + part.manifest.sentences, 0);
	}

	/** Opens the index in `url` (`/search-index/`) and every part its manifest lists. */
	static async open(url: string, fetchJson: FetchJson = fetchFromNetwork): Promise<SearchIndex> {
		const manifest = (await fetchJson(`${url}manifest.json`)) as IndexManifest;
		const urls = manifest.parts ?? [url];
		const parts = await Promise.all(
			urls.map(async (partUrl, i) => {
				const partManifest = partUrl === url ? manifest : ((await fetchJson(`${partUrl}manifest.json`)) as IndexManifest);
				return new IndexPart(partManifest, partUrl, i * PART_SPAN, fetchJson);
			}),
		);
		return new SearchIndex(parts);
	}

	/** The words of every part that may be forms of `surface` in `language`. */
	async wordsFor(surface: string, language: SupportedLanguage): Promise<IndexWord[]> {
		return (await Promise.all(this.parts.map((part) => part.wordsFor(surface, language)))).flat();
	}

	/** The words of every part that may start with `folded` in `language`. */
	async wordsStartingWith(folded: string, language: SupportedLanguage): Promise<IndexWord[]> {
		return (await Promise.all(this.parts.map((part) => part.wordsStartingWith(folded, language)))).flat();
	}

	/** How many shards of every part may hold words starting with `folded` in `language`. */
	shardsStartingWith(folded: string, language: SupportedLanguage): number {
		return this.parts.reduce((sum, part) => sum + shardsUnder(part.manifest.shards[language] ?? [], folded).length, 0);
	}

	/** The place of a key. */
	place(key: number): Place {
		const part = this.parts[Math.floor(key / PART_SPAN)]!;
		return { part, ...placeOfKey(key - part.offset) };
	}

	/** The key of sentence `sentence` of text `text` of `part`. */
	keyOf(part: IndexPart, text: number, sentence: number): number {
		return part.offset + text * SENTENCE_SLOTS + sentence;
	}

	/** The texts table's labels of a key's text. */
	labels(key: number): Promise<TextLabels> {
		const { part, text } = this.place(key);
		return part.labels(text);
	}

	/** The review file of a key's text. */
	async reviewOf(key: number): Promise<ReviewFile> {
		const { part } = this.place(key);
		return part.review((await this.labels(key)).review.id);
	}

	/** A review by id, in whichever part has it, with its part; undefined if none has it. */
	async findReview(id: string): Promise<{ part: IndexPart; review: ReviewFile } | undefined> {
		for (const part of this.parts) {
			if (await part.hasReview(id)) return { part, review: await part.review(id) };
		}
		return undefined;
	}

	/** The keys of the texts of the reviews `ids` (those some part has), in order, and those reviews. */
	async reviewRanges(ids: readonly string[]): Promise<{ ranges: KeyRange[]; reviews: { id: string; title: string }[] }> {
		const found = (await Promise.all(ids.map((id) => this.findReview(id)))).filter((entry) => entry !== undefined);
		const ranges = found
			.flatMap(({ part, review }) =>
				review.texts.map(({ text }) => ({ from: this.keyOf(part, text, 0), to: this.keyOf(part, text + 1, 0) })),
			)
			.sort((a, b) => a.from - b.from);
		return { ranges, reviews: found.map(({ review }) => ({ id: review.id, title: review.title })) };
	}
}
