/**
 * Searching every language at once. A query runs in each language's Pagefind bundle,
 * once per spelling alternative (`Urusevsky` → also `Uresevsky`), and the results are
 * merged by record, best score first. Facet counts are exact unions over the same
 * searches, so a sentence found under two spellings counts once.
 */
import { expandQuery, type AliasTable } from '../people/expand-aliases.ts';
import type { NamedPerson } from '../people/find-mentions.ts';
import { importPagefind, type PagefindFilters, type PagefindInstance, type PagefindResult } from './pagefind-api.ts';

/** Facet name → selected values; a facet with no value selected does not filter. */
export type Selection = Record<string, readonly string[]>;

export interface SearchOutcome {
	/** Merged results, best first. */
	results: PagefindResult[];
	/** The queries that were run: the typed one first, then other spellings. */
	alternatives: string[];
}

/** Facet → value → how many results there would be with that value selected. */
export type FacetCounts = Record<string, Record<string, number>>;

export interface SearchEngine {
	/** The results of a query, every spelling of its names included. */
	search(query: string, selection: Selection): Promise<SearchOutcome>;
	/** The filter counts of a search, asked for after its results are shown. */
	countFacets(outcome: SearchOutcome, selection: Selection, facets: Record<string, readonly string[]>): Promise<FacetCounts>;
	/** Starts loading what a query will need while the reader is still typing. */
	preload(query: string): void;
}

/**
 * Loads one Pagefind bundle per language and the names index's spellings.
 * @param bundleUrls URL of each language's bundle (`/pagefind/en/`).
 * @param peopleUrl URL of `/data/people.json`, or null when the corpus has no names.
 */
export async function openSearchEngine(bundleUrls: readonly string[], peopleUrl: string | null): Promise<SearchEngine> {
	const [bundles, people] = await Promise.all([
		Promise.all(bundleUrls.map(importPagefind)),
		peopleUrl ? fetchPeople(peopleUrl) : Promise.resolve([]),
	]);
	return {
		async search(query, selection) {
			const alternatives = expandQuery(query, people);
			return { results: await searchAll(bundles, alternatives, toFilters(selection)), alternatives };
		},
		countFacets({ alternatives }, selection, facets) {
			return countFacets(bundles, alternatives, selection, facets);
		},
		preload(query) {
			for (const bundle of bundles) void bundle.preload(query);
		},
	};
}

async function fetchPeople(url: string): Promise<NamedPerson[] | AliasTable> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`Could not load the names index (${response.status})`);
	return ((await response.json()) as { people: NamedPerson[] }).people;
}

/** Every result of every alternative in every bundle, one per record, best first. */
async function searchAll(bundles: readonly PagefindInstance[], alternatives: readonly string[], filters: PagefindFilters) {
	const searches = bundles.flatMap((bundle) => alternatives.map((query) => bundle.search(query, { filters })));
	const best = new Map<string, PagefindResult>();
	for (const found of await Promise.all(searches)) {
		for (const result of found?.results ?? []) {
			const seen = best.get(result.id);
			if (!seen || result.score > seen.score) best.set(result.id, result);
		}
	}
	return [...best.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/**
 * For each facet value, the number of results if it were selected while the other
 * facets keep their selection: the counts a reader needs to choose a filter.
 *
 * One search per facet, bundle and spelling: Pagefind counts every value of every
 * filter among a search's results, and bundles (languages) never share a record. A
 * sentence found under two spellings is counted by both searches; those few records
 * are looked up and counted once. (One search per value would cost thousands of
 * searches on a corpus with thousands of reviews.)
 */
async function countFacets(
	bundles: readonly PagefindInstance[],
	alternatives: readonly string[],
	selection: Selection,
	facets: Record<string, readonly string[]>,
): Promise<FacetCounts> {
	// Searches return their counts only once the filter index is loaded (once per bundle).
	await Promise.all(bundles.map((bundle) => bundle.filters()));
	const counts: FacetCounts = {};
	await Promise.all(
		Object.entries(facets).map(async ([facet, values]) => {
			const filters = toFilters({ ...selection, [facet]: [] });
			const searches = await Promise.all(bundles.flatMap((bundle) => alternatives.map((query) => bundle.search(query, { filters }))));
			const facetCounts: Record<string, number> = Object.fromEntries(values.map((value) => [value, 0]));
			const seen = new Map<string, { result: PagefindResult; times: number }>();
			for (const found of searches) {
				for (const [value, count] of Object.entries(found?.filters?.[facet] ?? {})) {
					if (value in facetCounts) facetCounts[value]! += count;
				}
				for (const result of found?.results ?? []) {
					const entry = seen.get(result.id);
					if (entry) entry.times++;
					else seen.set(result.id, { result, times: 1 });
				}
			}
			const repeated = [...seen.values()].filter((entry) => entry.times > 1);
			for (const { result, times } of repeated) {
				const value = (await result.data()).meta[facet];
				if (value !== undefined && value in facetCounts) facetCounts[value]! -= times - 1;
			}
			counts[facet] = facetCounts;
		}),
	);
	return counts;
}

function toFilters(selection: Selection): PagefindFilters {
	const filters: PagefindFilters = {};
	for (const [facet, values] of Object.entries(selection)) if (values.length > 0) filters[facet] = { any: [...values] };
	return filters;
}
