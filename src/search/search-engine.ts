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
			return countFacets((filters) => searchAll(bundles, alternatives, filters), selection, facets);
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
 */
async function countFacets(
	run: (filters: PagefindFilters) => Promise<PagefindResult[]>,
	selection: Selection,
	facets: Record<string, readonly string[]>,
) {
	const entries = Object.entries(facets).flatMap(([facet, values]) =>
		values.map(async (value) => {
			const results = await run(toFilters({ ...selection, [facet]: [value] }));
			return [facet, value, results.length] as const;
		}),
	);
	const counts: FacetCounts = {};
	for (const [facet, value, count] of await Promise.all(entries)) (counts[facet] ??= {})[value] = count;
	return counts;
}

function toFilters(selection: Selection): PagefindFilters {
	const filters: PagefindFilters = {};
	for (const [facet, values] of Object.entries(selection)) if (values.length > 0) filters[facet] = { any: [...values] };
	return filters;
}
