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
}

/** One Pagefind bundle's module (`/pagefind/<lang>/pagefind.js`). */
export interface PagefindModule {
	options: (options: { excerptLength?: number; basePath?: string }) => Promise<void>;
	init: () => Promise<void>;
	search: (query: string, options?: { filters?: PagefindFilters }) => Promise<PagefindSearch | null>;
}

/**
 * Imports the Pagefind module of one language's bundle. Each bundle is imported as its
 * own module because a Pagefind module holds a single WebAssembly instance, and each
 * language's WebAssembly carries that language's stemmer.
 */
export async function importPagefind(bundleUrl: string): Promise<PagefindModule> {
	// A runtime URL: the bundle is written after Astro builds, so Vite must not resolve it.
	const module = (await import(/* @vite-ignore */ `${bundleUrl}pagefind.js`)) as PagefindModule;
	await module.options({ basePath: bundleUrl, excerptLength: 60 });
	await module.init();
	return module;
}
