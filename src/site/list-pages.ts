/**
 * The lists a corpus can make long (its reviews, its names, a person's mentions, its data
 * files) are cut into pages, so a page weighs the same at 5 texts as at 100,000
 * (`npm run bench:scale` checks every page of a list stays under 20 KB gzipped). Page 1
 * of a list is the list's own URL (`/people/`), page n is `<list>/<n>/` (`/people/2/`),
 * as Astro's `paginate()` writes them for a `[...page]` route.
 */

/** Reviews per page of the home page's table (a review is a row of up to three texts). */
export const REVIEWS_PER_PAGE = 50;
/** Reviews per page of the data page (each lists every file of its texts and pairs). */
export const DATA_REVIEWS_PER_PAGE = 20;
/** People per page of the names index. */
export const PEOPLE_PER_PAGE = 50;
/** Sentences per page of a person's mentions. */
export const MENTION_SENTENCES_PER_PAGE = 100;

/** The URL of page `n` (from 1) of the list whose first page is `firstUrl`. */
export function listPageUrl(firstUrl: string, n: number): string {
	return n === 1 ? firstUrl : `${firstUrl}${n}/`;
}

/** The page (from 1) that holds item `index` (from 0) of a list cut every `perPage` items. */
export function pageOfItem(index: number, perPage: number): number {
	return Math.floor(index / perPage) + 1;
}
