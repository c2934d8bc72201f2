/**
 * Searching every language at once. A query runs in every bundle of the index
 * (`search-bundles.ts`), once per language its words can be stemmed in (its keys, which
 * only that language's sentences have: `analyze.ts`) and once per spelling alternative
 * (`Urusevsky` → also `Uresevsky`), and the results are merged by record, best score
 * first. Facet counts are exact unions over the same searches, so a sentence found
 * under two spellings counts once.
 */
import type { SupportedLanguage } from '../corpus/languages.ts';
import { expandQuery, type AliasTable } from '../people/expand-aliases.ts';
import type { NamedPerson } from '../people/find-mentions.ts';
import { analyzeQuery } from './analyze.ts';
import { protectMarkers, restoreMarkers } from './pagefind-markers.ts';
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
 * Loads the search bundles and the names index's spellings.
 * @param bundleUrls URL of each Pagefind bundle (`/pagefind/1/`).
 * @param analyzers The stemming languages of the corpus's texts.
 * @param peopleUrl URL of `/data/people.json`, or null when the corpus has no names.
 * @param load Opens one bundle (tests pass their own).
 */
export async function openSearchEngine(
	bundleUrls: readonly string[],
	analyzers: readonly SupportedLanguage[],
	peopleUrl: string | null,
	load: (bundleUrl: string) => Promise<PagefindInstance> = importPagefind,
): Promise<SearchEngine> {
	const [bundles, people] = await Promise.all([
		Promise.all(bundleUrls.map(load)),
		peopleUrl ? fetchPeople(peopleUrl) : Promise.resolve([]),
	]);
	// What Pagefind searches: each spelling's keys in each language. Spellings that
	// differ only in case or accents have the same keys: one search for them all.
	const keyQueries = (alternatives: readonly string[]): string[] => [
		...new Set(analyzers.flatMap((analyzer) => alternatives.map((alternative) => analyzeQuery(alternative, analyzer))).filter(Boolean)),
	];
	return {
		async search(query, selection) {
			const alternatives = expandQuery(query, people);
			return { results: await searchAll(bundles, keyQueries(alternatives), toFilters(selection)), alternatives };
		},
		countFacets({ alternatives }, selection, facets) {
			return countFacets(bundles, keyQueries(alternatives), selection, facets);
		},
		preload(query) {
			for (const keys of keyQueries([query])) for (const bundle of bundles) void bundle.preload(keys);
		},
	};
}

async function fetchPeople(url: string): Promise<NamedPerson[] | AliasTable> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`Could not load the names index (${response.status})`);
	return ((await response.json()) as { people: NamedPerson[] }).people;
}

/**
 * Every query in every bundle. Each result comes with a key that names its record
 * across bundles (Pagefind's ids are only unique within one).
 */
async function searchEverywhere(bundles: readonly PagefindInstance[], queries: readonly string[], filters: PagefindFilters) {
	const searches = bundles.flatMap((bundle, b) =>
		queries.map(async (query) => {
			const search = await bundle.search(query, { filters });
			return { search, results: (search?.results ?? []).map((result) => ({ key: `${b}/${result.id}`, result })) };
		}),
	);
	return Promise.all(searches);
}

/** Every result of every search, one per record, best first. */
async function searchAll(bundles: readonly PagefindInstance[], queries: readonly string[], filters: PagefindFilters) {
	const best = new Map<string, { key: string; result: PagefindResult }>();
	for (const { results } of await searchEverywhere(bundles, queries, filters)) {
		for (const found of results) {
			const seen = best.get(found.key);
			if (!seen || found.result.score > seen.result.score) best.set(found.key, found);
		}
	}
	return [...best.values()]
		.sort((a, b) => b.result.score - a.result.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
		.map(({ result }) => result);
}

/**
 * For each facet value, the number of results if it were selected while the other
 * facets keep their selection: the counts a reader needs to choose a filter.
 *
 * One search per facet, bundle, language and spelling: Pagefind counts every value of
 * every filter among a search's results, bundles never share a record and languages
 * never share a key. A sentence
 * found under two spellings is counted by both searches; those few records are looked
 * up and counted once. (One search per value would cost thousands of searches on a
 * corpus with thousands of reviews.)
 */
async function countFacets(
	bundles: readonly PagefindInstance[],
	queries: readonly string[],
	selection: Selection,
	facets: Record<string, readonly string[]>,
): Promise<FacetCounts> {
	const counts: FacetCounts = {};
	await Promise.all(
		Object.entries(facets).map(async ([facet, values]) => {
			// Every value of the facet selected: no restriction (a record has one value),
			// but Pagefind loads that filter's index and counts its values. Loading every
			// filter (`filters()`) would also load those the page never counts, such as
			// `title`, with one value per text.
			const filters = toFilters({ ...selection, [facet]: values });
			const found = await searchEverywhere(bundles, queries, filters);
			const facetCounts: Record<string, number> = Object.fromEntries(values.map((value) => [value, 0]));
			const seen = new Map<string, { result: PagefindResult; times: number }>();
			for (const { search, results } of found) {
				for (const [stored, count] of Object.entries(search?.filters?.[facet] ?? {})) {
					const value = restoreMarkers(stored);
					if (Object.hasOwn(facetCounts, value)) facetCounts[value]! += count;
				}
				for (const { key, result } of results) {
					const entry = seen.get(key);
					if (entry) entry.times++;
					else seen.set(key, { result, times: 1 });
				}
			}
			const repeated = [...seen.values()].filter((entry) => entry.times > 1);
			for (const { result, times } of repeated) {
				const stored = (await result.data()).filters[facet]?.[0];
				const value = stored === undefined ? undefined : restoreMarkers(stored);
				if (value !== undefined && Object.hasOwn(facetCounts, value)) facetCounts[value]! -= times - 1;
			}
			counts[facet] = facetCounts;
		}),
	);
	return counts;
}

function toFilters(selection: Selection): PagefindFilters {
	const filters: PagefindFilters = {};
	for (const [facet, values] of Object.entries(selection)) if (values.length > 0) filters[facet] = { any: values.map(protectMarkers) };
	return filters;
}
