/**
 * The part of Pagefind's browser API the search page uses, typed here because Pagefind
 * ships its browser module as a built asset, without types.
 * @see https://pagefind.app/docs/api/
 */

/** `{ any: [...] }`: a record matches when it has any of the values. */
export type PagefindFilters = Record<string, { any: string[] }>;

export interface PagefindResult {
	id: string;
	score: number;
	data: () => Promise<PagefindResultData>;
}

export interface PagefindResultData {
	url: string;
	/** The record's whole content. */
	content: string;
	/** Positions, among the content's words, of the words the query matched. */
	locations: number[];
	meta: Record<string, string>;
	/** The record's value of each filter. */
	filters: Record<string, string[]>;
}

export interface PagefindSearch {
	results: PagefindResult[];
	/** Filter → value → how many of the results have it (once the filters have loaded). */
	filters?: Record<string, Record<string, number>>;
}

/** A Pagefind instance over one bundle. */
export interface PagefindInstance {
	init: () => Promise<void>;
	search: (query: string, options?: { filters?: PagefindFilters }) => Promise<PagefindSearch | null>;
	/** Loads the index chunks a query will need, without searching. */
	preload: (query: string) => Promise<void>;
}

/** The Pagefind bundle's module (`/pagefind/pagefind.js`). */
interface PagefindModule {
	createInstance: (options: { basePath: string; noWorker?: boolean }) => PagefindInstance;
}

/** Imports the Pagefind module of a bundle and starts an instance over it. */
export async function importPagefind(bundleUrl: string): Promise<PagefindInstance> {
	// A runtime URL: the bundle is written after Astro builds, so Vite must not resolve it.
	const module = (await import(/* @vite-ignore */ `${bundleUrl}pagefind.js`)) as PagefindModule;
	// No web worker: the sentence index is small enough to search on the page, and the
	// worker script would add 12 KB to the first search.
	const instance = module.createInstance({ basePath: bundleUrl, noWorker: true });
	await instance.init();
	return instance;
}
