/**
 * How the search index is split: into bundles of consecutive texts, `/pagefind/1/`,
 * `/pagefind/2/`…, written one after another and searched together.
 *
 * Why split: Pagefind's Node API does work in proportion to every record so far on each
 * record it adds, so one bundle costs time and memory that grow with the square of its
 * size (10,000 texts, 127,000 sentences in one bundle: 195 s of Pagefind and 3.7 GB, on
 * the edge of the 4 GB budget). Bundles of a bounded size keep both linear in the
 * corpus. Each extra bundle costs a first search one more Pagefind module and
 * WebAssembly (68 KB), so bundles are large: any corpus under `TEXTS_PER_BUNDLE` texts,
 * the default one included, is a single bundle.
 *
 * The search page (at Astro build time) and the index script (after it) both derive the
 * bundles from the number of texts, so they always agree.
 */

/**
 * Texts per bundle: about 32,000 sentences for texts the size of the seeds. Tests set
 * SEARCH_TEXTS_PER_BUNDLE to split a small corpus; the page and the index script of one
 * build see the same environment.
 */
export function textsPerBundle(env: Record<string, string | undefined> = process.env): number {
	const value = Number(env['SEARCH_TEXTS_PER_BUNDLE'] || 2_500);
	if (!Number.isInteger(value) || value < 1)
		throw new Error(`SEARCH_TEXTS_PER_BUNDLE must be a whole number of texts, not “${env['SEARCH_TEXTS_PER_BUNDLE']}”`);
	return value;
}

/** The bundles of a corpus of `textCount` texts: each bundle's number and its texts' range. */
export function searchBundles(textCount: number, perBundle = textsPerBundle()): { number: number; from: number; to: number }[] {
	const count = Math.max(1, Math.ceil(textCount / perBundle));
	return Array.from({ length: count }, (_, i) => ({ number: i + 1, from: i * perBundle, to: Math.min(textCount, (i + 1) * perBundle) }));
}
