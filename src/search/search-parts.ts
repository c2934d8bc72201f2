/**
 * A corpus built in parts (split by reviews, each part a build of its own under its own
 * base path) is searched as one: `SEARCH_PARTS` lists the parts' base paths, the same
 * list for every part, and each part's manifest then names every part's index, so the
 * search page of any part reads them all (`search-index.ts`).
 */
import { createUrls } from '../site/urls.ts';

/**
 * The index folders of the parts in `SEARCH_PARTS` (`/part-1/,/part-2/` →
 * `/part-1/search-index/`, `/part-2/search-index/`), or undefined when it is not set.
 * @throws {Error} when the list is malformed, repeats a part, or leaves out `base`, this build's own.
 */
export function searchParts(env: Record<string, string | undefined>, base: string): string[] | undefined {
	const value = env['SEARCH_PARTS']?.trim();
	if (!value) return undefined;
	const bases = value.split(',').map((part) => part.trim());
	const withSlash = (path: string) => (path.endsWith('/') ? path : `${path}/`);
	for (const part of bases) {
		if (!/^\/(?:[\w.~-]+\/?)*$/.test(part)) throw new Error(`SEARCH_PARTS: “${part}” is not a base path such as /part-1/`);
	}
	const normalized = bases.map(withSlash);
	if (new Set(normalized).size !== normalized.length) throw new Error(`SEARCH_PARTS names a part twice: ${value}`);
	if (!normalized.includes(withSlash(base))) throw new Error(`SEARCH_PARTS (${value}) leaves out this build's BASE_PATH, ${base}`);
	return normalized.map((part) => createUrls(part).searchIndexUrl);
}
