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

/** Up to this many pages, a list's pager links every page. */
export const PAGER_ALL_PAGES_UP_TO = 20;

/**
 * The pages a pager links from page `current` of `last` (sorted, from 1). Up to
 * `PAGER_ALL_PAGES_UP_TO` pages, all of them. Past that, linking every page from every
 * page would grow as the square of the pages (a main character's mentions run to 2,700
 * pages at 100,000 texts: 15 KB of pager on each page, 4 GB on all of them), so a page
 * links the first and the last, the pages of its own ten, the tens of its hundred, the
 * hundreds of its thousand, and so on up to the whole list: about ten links a level, and
 * any page is reached from any other in one click a level (three for 2,700 pages), by
 * the same steps as counting down to it.
 */
export function pagerPages(current: number, last: number): number[] {
	if (last <= PAGER_ALL_PAGES_UP_TO) return Array.from({ length: last }, (_, i) => i + 1);
	const pages = new Set([1, last]);
	for (let step = 1; step <= last; step *= 10) {
		const block = step * 10;
		const start = Math.floor(current / block) * block;
		for (let page = start; page <= Math.min(start + block, last); page += step) if (page >= 1) pages.add(page);
	}
	return [...pages].sort((a, b) => a - b);
}
