/**
 * What search indexes: one record per sentence, so a result is a sentence and its link
 * lands on it. A record's content is its sentence's search keys (`analyze.ts`), and
 * nothing of the pages' chrome is indexed.
 *
 * What a result shows (the sentence as the reading page has it, the text's title and
 * labels) travels as filter values, not metadata. Pagefind (1.5 and later) indexes
 * every metadata word for search: a title there made `review` or `Spanish` find every
 * sentence of every text with that word in its title, and the sentence there doubled
 * the index a first search downloads (12 KB → 23 KB for the five texts). Filter values
 * are not searched, come back exactly as given with each result's data, and their
 * index is only fetched for the filters a search uses (never `reading` or `title`).
 */
import { languageName } from '../corpus/languages.ts';
import type { Corpus } from '../corpus/load-corpus.ts';
import { kindLabel } from '../site/labels.ts';
import { textUrl } from '../site/urls.ts';
import { analyzerOf, indexContent } from './analyze.ts';
import { protectMarkers } from './pagefind-markers.ts';

/**
 * Pagefind's language for every record: an undetermined language, so it stems nothing
 * itself and every language shares one bundle and one WebAssembly module.
 */
export const INDEX_LANGUAGE = 'und';

export type SearchRecordField = 'language' | 'kind' | 'review' | 'reading' | 'title' | 'lang';

/** A Pagefind custom record. @see https://pagefind.app/docs/node-api/#indexaddcustomrecord */
export interface SearchRecord {
	url: string;
	/** The sentence's search keys, one per word. */
	content: string;
	language: typeof INDEX_LANGUAGE;
	meta: Record<string, never>;
	/**
	 * The facets readers filter by (`language`, `kind`, `review`: see
	 * src/site/search-facets.ts), and what the result shows: the sentence as the
	 * reading page has it (`reading`), the text's `title` and its language tag (`lang`).
	 * Each holds one value, with Pagefind's markers protected (`pagefind-markers.ts`).
	 */
	filters: Record<SearchRecordField, [string]>;
}

/** One value per field, as Pagefind is to store them (`pagefind-markers.ts`). */
function protectFilters(values: Record<SearchRecordField, string>): SearchRecord['filters'] {
	const entries = Object.entries(values).map(([field, value]) => [field, [protectMarkers(value)]]);
	return Object.fromEntries(entries) as SearchRecord['filters'];
}

/**
 * The search records of a corpus, in corpus order.
 * @param readingText The text to index for sentence `i` of a text: its reading view,
 *   as the reading page shows it.
 * @param pageUrl The reading page of a text, under the site's base path.
 */
export function buildSearchRecords(
	corpus: Corpus,
	readingText: (text: Corpus['texts'][number], i: number) => string,
	pageUrl: (textId: string) => string = textUrl,
): SearchRecord[] {
	const reviewTitles = new Map(corpus.reviews.map((review) => [review.id, review.title]));
	return corpus.texts.flatMap((text) => {
		const { data } = text;
		const analyzer = analyzerOf(data.lang);
		const labels = {
			language: languageName(data.lang),
			kind: kindLabel(data.kind),
			review: reviewTitles.get(data.review) ?? data.review,
		};
		return data.sentences.flatMap((sentence, i): SearchRecord[] => {
			const reading = readingText(text, i);
			const content = indexContent(reading, analyzer);
			// A sentence without words (a lone NUL, a row of dashes) has nothing to find.
			if (content === '') return [];
			return [
				{
					url: `${pageUrl(data.id)}#${sentence.id}`,
					content,
					language: INDEX_LANGUAGE,
					meta: {},
					filters: protectFilters({
						reading,
						language: labels.language,
						kind: labels.kind,
						review: labels.review,
						title: data.title,
						lang: data.lang,
					}),
				},
			];
		});
	});
}
