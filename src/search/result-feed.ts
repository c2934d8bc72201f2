/**
 * The results of one search as the page lists them, page by page: grouped by review
 * (the review with the best hit first), then by text and sentence in corpus order, the
 * filters applied. A group is made when it is listed, from its review's file, which the
 * page shows anyway: no texts table is read whole. When the hits are read block by
 * block, a page that runs out of hits reads on.
 *
 * Filters: a hit's language is known from the words it matched, and a review filter is
 * a set of key ranges, so both filter exactly at once; a kind needs the text's labels
 * (its review file, or its chunk of the texts table).
 */
import { facetValuesOf } from './search-facets.ts';
import type { Hit } from './find-hits.ts';
import type { ReviewFile } from './index-format.ts';
import type { KeyRange } from './read-hits.ts';
import { bestHit, countFacets, passes, textNumberOf, type FacetCounts, type HitValues, type Selection } from './result-groups.ts';
import type { SearchOutcome } from './search-engine.ts';
import type { SearchIndex } from './search-index.ts';

/** Hits read on when a page runs out of them. */
const READ_MORE = 60;

export class ResultFeed {
	private readonly index: SearchIndex;
	private readonly outcome: SearchOutcome;
	private readonly selection: Selection;
	private readonly ranges: readonly KeyRange[] | undefined;
	/** Every hit read, as read. */
	private readonly found: Hit[];
	/** Hits read that pass the language and review filters, not yet listed. */
	private pool: Hit[];
	/** Hits listed or ready to be, in order, passing every filter. */
	private readonly ordered: Hit[] = [];
	/** Text number → its facet values, once known. */
	private readonly values = new Map<number, HitValues>();
	/** Review files of the listed hits, by the key of their text's first sentence. */
	private readonly files = new Map<number, ReviewFile>();

	/** @param ranges The keys of the selected reviews, if a review is selected. */
	constructor(index: SearchIndex, outcome: SearchOutcome, selection: Selection, ranges?: readonly KeyRange[]) {
		this.index = index;
		this.outcome = outcome;
		this.selection = selection;
		this.ranges = ranges;
		this.found = [...outcome.hits];
		this.pool = outcome.hits.filter((hit) => this.passesAtOnce(hit));
	}

	/**
	 * Hits `from` to `from + size` of the list, with their review files; fewer when the
	 * hits run out, or when `maxReads` reads of the stream have not found them.
	 */
	page(from: number, size: number, maxReads = 2): Promise<Hit[]> {
		// In turn: a page asked for while one is read is made from the list that read leaves.
		const page = this.paging.then(async () => {
			const reads = { left: maxReads };
			while (this.ordered.length < from + size && (await this.addGroup(reads)));
			return this.ordered.slice(from, from + size);
		});
		this.paging = page.catch(() => undefined);
		return page;
	}

	private paging: Promise<unknown> = Promise.resolve();

	/** The review file of a listed hit. */
	reviewOf(hit: Hit): ReviewFile {
		return this.files.get(textNumberOf(hit.record))!;
	}

	/** A hit read, by its key (a counterpart that is a hit too has its matches marked). */
	hitAt(key: number): Hit | undefined {
		if (this.byKey.size !== this.found.length) for (const hit of this.found) this.byKey.set(hit.record, hit);
		return this.byKey.get(key);
	}

	private readonly byKey = new Map<number, Hit>();

	/** Whether there may be hits past the first `shown`. */
	hasMore(shown: number): boolean {
		return this.ordered.length > shown || this.pool.length > 0 || !this.outcome.stream.complete;
	}

	/** How many hits pass the filters: exactly, or at least (while hits are unread or unlabelled). */
	total(): { count: number; exact: boolean } {
		let count = 0;
		let exact = this.outcome.stream.complete;
		for (const hit of this.found) {
			const passing = this.passesAtOnce(hit) && passes(this.valuesOf(hit), this.rest);
			if (passing === undefined) exact = false;
			else if (passing) count++;
		}
		return { count, exact };
	}

	/** The selection but for what `passesAtOnce` decides (languages, and reviews when their ranges are known). */
	private get rest(): Selection {
		return { ...this.selection, language: [], ...(this.ranges ? { review: [] } : {}) };
	}

	/** Each facet value's count (`countFacets`), exact only when every hit is read and labelled. */
	counts(facets: Record<string, readonly string[]>): { counts: FacetCounts; exact: boolean } {
		const { counts, exact } = countFacets(this.found, (hit) => this.valuesOf(hit), this.selection, facets);
		return { counts, exact: exact && this.outcome.stream.complete };
	}

	/** The reviews of the hits read (those labelled), most hits first, at most `most`. */
	reviews(most: number): { id: string; title: string }[] {
		const byId = new Map<string, { id: string; title: string; hits: number; first: number }>();
		for (const hit of this.found) {
			const values = this.valuesOf(hit);
			if (values['review'] === undefined) continue;
			const entry = byId.get(values['review']) ?? { id: values['review'], title: values['reviewTitle']!, hits: 0, first: hit.record };
			entry.hits += 1;
			entry.first = Math.min(entry.first, hit.record);
			byId.set(entry.id, entry);
		}
		return [...byId.values()]
			.sort((a, b) => b.hits - a.hits || a.first - b.first)
			.slice(0, most)
			.sort((a, b) => a.first - b.first);
	}

	/** Reads the labels of the hits' texts, a chunk of the texts table at a time, at most `maxChunks` chunks. */
	async label(maxChunks: number): Promise<void> {
		const wanted = new Map<string, number>();
		for (const hit of this.found) {
			const text = textNumberOf(hit.record);
			if (this.values.has(text)) continue;
			const { part, text: local } = this.index.place(hit.record);
			const chunk = `${part.url}${Math.floor(local / part.manifest.textsPerChunk)}`;
			if (!wanted.has(chunk)) {
				if (wanted.size >= maxChunks) continue;
				wanted.set(chunk, hit.record);
			}
		}
		// One key per chunk reads it; then every text of those chunks is labelled from the cache.
		await Promise.all([...wanted.values()].map((key) => this.index.labels(key)));
		await Promise.all(
			this.found.map(async (hit) => {
				const text = textNumberOf(hit.record);
				const { part, text: local } = this.index.place(hit.record);
				if (this.values.has(text) || !wanted.has(`${part.url}${Math.floor(local / part.manifest.textsPerChunk)}`)) return;
				const labels = await this.index.labels(hit.record);
				this.values.set(text, {
					...facetValuesOf({ lang: labels.lang, kind: labels.kind, review: labels.review.id }),
					reviewTitle: labels.review.title,
				});
			}),
		);
	}

	private valuesOf(hit: Hit): HitValues {
		return this.values.get(textNumberOf(hit.record)) ?? { language: hit.language };
	}

	/** Whether a hit passes what is known without its labels: its language and the review ranges. */
	private passesAtOnce(hit: Hit): boolean {
		const languages = this.selection['language'] ?? [];
		if (languages.length > 0 && !languages.includes(hit.language)) return false;
		return !this.ranges || this.ranges.some((range) => hit.record >= range.from && hit.record < range.to);
	}

	/** Lists the next review's hits; false when there are none left. */
	private async addGroup(reads: { left: number }): Promise<boolean> {
		while (this.pool.length === 0) {
			if (this.outcome.stream.complete || reads.left-- <= 0) return false;
			const more = await this.outcome.stream.read(READ_MORE);
			this.found.push(...more);
			this.pool.push(...more.filter((hit) => this.passesAtOnce(hit)));
		}
		const best = bestHit(this.pool)!;
		const { part } = this.index.place(best.record);
		const review = await this.index.reviewOf(best.record);
		const first = this.index.keyOf(part, 0, 0);
		const texts = new Map(review.texts.map((text) => [textNumberOf(first) + text.text, text]));
		for (const [number, text] of texts) {
			this.files.set(number, review);
			this.values.set(number, {
				...facetValuesOf({ lang: text.lang, kind: text.kind, review: review.id }),
				reviewTitle: review.title,
			});
		}
		const group = this.pool.filter((hit) => texts.has(textNumberOf(hit.record)));
		this.pool = this.pool.filter((hit) => !texts.has(textNumberOf(hit.record)));
		this.ordered.push(...group.filter((hit) => passes(this.valuesOf(hit), this.rest) === true).sort((a, b) => a.record - b.record));
		return true;
	}
}
