/**
 * A search lives in its URL (`/search/?q=Urusevsky&language=Spanish`), so it can be
 * shared, bookmarked and reloaded. Works on plain URLSearchParams: no DOM.
 */
import type { Selection } from './result-groups.ts';

export interface SearchState {
	query: string;
	/** Selected values of each facet, by facet name (`language`, `kind`, `review`). */
	selection: Selection;
}

/** Reads the query (`q`) and the selected facet values from a URL's parameters. */
export function readSearchState(params: URLSearchParams, facets: readonly string[]): SearchState {
	return {
		query: params.get('q') ?? '',
		selection: Object.fromEntries(facets.map((facet) => [facet, params.getAll(facet)])),
	};
}

/** The parameters of a state, in a stable order: `q` first, then facets as given. */
export function searchParams(state: SearchState): URLSearchParams {
	const params = new URLSearchParams();
	if (state.query) params.set('q', state.query);
	for (const [facet, values] of Object.entries(state.selection)) for (const value of values) params.append(facet, value);
	return params;
}
