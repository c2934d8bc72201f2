/**
 * The search page's filters, in one place: the checkboxes carry codes (a language's
 * primary subtag, a kind, a review's id) and show their labels; the engine gives each
 * text the same codes (`facetValuesOf`). Filtering by code, not by label, keeps two
 * things that read alike apart. Languages and kinds are few, and the page lists them;
 * reviews grow with the corpus, so the page lists only those of the hits found
 * (`review-facet.ts`).
 */
import { kindLabel } from '../corpus/labels.ts';
import { languageName, primaryLanguage } from '../corpus/languages.ts';
import type { TextKind } from '../corpus/schema.ts';

export type FacetName = 'language' | 'kind' | 'review';

/** A filter of the search page: its name in the URL, its label, its options (none for a facet the script fills). */
export interface SearchFacet {
	name: FacetName;
	label: string;
	options: { value: string; label: string }[];
}

/** What a text's facet values are made from. */
export interface FacetedText {
	lang: string;
	kind: TextKind;
	/** Its review's id. */
	review: string;
}

/** A text's value of each facet: the codes its checkboxes carry. */
export function facetValuesOf(text: FacetedText): Record<FacetName, string> {
	return { language: primaryLanguage(text.lang), kind: text.kind, review: text.review };
}

/** The filters over `texts`, values in order of first use; reviews are filled in by the script. */
export function searchFacets(texts: readonly Omit<FacetedText, 'review'>[]): SearchFacet[] {
	const options = (name: 'language' | 'kind', label: (value: string) => string) =>
		[...new Set(texts.map((text) => facetValuesOf({ ...text, review: '' })[name]))].map((value) => ({ value, label: label(value) }));
	return [
		{ name: 'language', label: 'Language', options: options('language', languageName) },
		{ name: 'kind', label: 'Kind', options: options('kind', (kind) => kindLabel(kind as TextKind)) },
		{ name: 'review', label: 'Review', options: [] },
	];
}
