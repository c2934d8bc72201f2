import { languageName } from '../corpus/languages.ts';
import type { ReviewRecord, TextRecord } from './get-corpus.ts';
import { kindLabel } from './labels.ts';

/** A filter of the search page: its name in the URL and the index, and its values. */
export interface SearchFacet {
	name: 'language' | 'kind' | 'review';
	label: string;
	values: string[];
}

const unique = (values: string[]) => [...new Set(values)];

/**
 * The search filters, with the same values the index gives each sentence
 * (`src/search/search-source.ts`): language and kind names, review titles.
 */
export function searchFacets(texts: readonly TextRecord[], reviews: readonly ReviewRecord[]): SearchFacet[] {
	return [
		{ name: 'language', label: 'Language', values: unique(texts.map((text) => languageName(text.data.lang))) },
		{ name: 'kind', label: 'Kind', values: unique(texts.map((text) => kindLabel(text.data.kind))) },
		{ name: 'review', label: 'Review', values: reviews.map((review) => review.data.title) },
	];
}
