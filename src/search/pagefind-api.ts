/**
 * The part of Pagefind's browser API the search page uses, typed here because Pagefind
 * ships its browser module as a built asset, without types.
 * @see https://pagefind.app/docs/api/
 */

/** `{ any: [...] }`: a record matches when it has any of the values. */
export type PagefindFilters = Record<string, { any: string[] }>;

export interface PagefindResult {
	/** Unique across bundles: it starts with the bundle's language (`en_…`). */
	id: string;
	score: number;
	data: () => Promise<PagefindResultData>;
}

export interface PagefindResultData {
	url: string;
	/** The record's whole content. */
	content: string;
	/** HTML-escaped text with `<mark>` around matched words. */
	excerpt: string;
	meta: Record<string, string>;
}

export interface PagefindSearch {
	results: PagefindResult[];
	/** Filter → value → how many of the results have it (once the filters have loaded). */
	filters?: Record<string, Record<string, number>>;
}

/** A Pagefind instance over one bundle. */
export interface PagefindInstance {
	options: (options: { excerptLength?: number }) => Promise<void>;
	init: () => Promise<void>;
	search: (query: string, options?: { filters?: PagefindFilters }) => Promise<PagefindSearch | null>;
	/** Loads the index chunks a query will need, without searching. */
	preload: (query: string) => Promise<void>;
	/** Every filter's values and counts; loading them makes searches return counts too. */
	filters: () => Promise<Record<string, Record<string, number>>>;
}

/** One Pagefind bundle's module (`/pagefind/<lang>/pagefind.js`). */
interface PagefindModule {
	createInstance: (options: { basePath: string; noWorker?: boolean }) => PagefindInstance;
}

/**
 * Imports the Pagefind module of one language's bundle. Each bundle is imported as its
 * own module because a Pagefind module holds a single WebAssembly instance, and each
 * language's WebAssembly carries that language's stemmer.
 */
export async function importPagefind(bundleUrl: string): Promise<PagefindInstance> {
	// A runtime URL: the bundle is written after Astro builds, so Vite must not resolve it.
	const module = (await import(/* @vite-ignore */ `${bundleUrl}pagefind.js`)) as PagefindModule;
	// No web worker: the sentence index is small enough to search on the page, and each
	// bundle's worker script would add 12 KB to the first search.
	const instance = module.createInstance({ basePath: bundleUrl, noWorker: true });
	await instance.options({ excerptLength: 60 });
	await instance.init();
	return instance;
}
