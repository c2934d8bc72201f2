import { describe, expect, it } from 'vitest';
import { listPageUrl, PAGER_ALL_PAGES_UP_TO, pageOfItem, pagerPages, REVIEWS_PER_PAGE } from '../../../src/site/list-pages.ts';
import { createUrls } from '../../../src/site/urls.ts';

describe('pages of a list', () => {
	it('are the list’s own URL, then <list>/<n>/', () => {
		expect(listPageUrl('/people/', 1)).toBe('/people/');
		expect(listPageUrl('/people/', 2)).toBe('/people/2/');
		expect(listPageUrl('/corpus/', 12)).toBe('/corpus/12/');
	});

	it('hold items 0 to perPage − 1 on page 1, and so on', () => {
		expect([0, 49, 50, 99, 100].map((index) => pageOfItem(index, 50))).toEqual([1, 1, 2, 2, 3]);
	});

	it('lead a text’s review link to the home page that lists the review', () => {
		const { reviewRowUrl, reviewDataUrl } = createUrls('/corpus/');
		expect(reviewRowUrl('a', 0)).toBe('/corpus/#review-a');
		expect(reviewRowUrl('r51', REVIEWS_PER_PAGE)).toBe('/corpus/2/#review-r51');
		expect(reviewDataUrl('r51', 50)).toBe('/corpus/data/3/#data-r51');
	});
});

/** Clicks from `from` to every page of a list of `last`, following pager links: the most of them. */
function mostClicks(last: number, from: number): number {
	const clicks = new Map([[from, 0]]);
	for (let queue = [from]; queue.length > 0;) {
		const next: number[] = [];
		for (const page of queue)
			for (const linked of pagerPages(page, last))
				if (!clicks.has(linked)) {
					clicks.set(linked, clicks.get(page)! + 1);
					next.push(linked);
				}
		queue = next;
	}
	expect(clicks.size).toBe(last);
	return Math.max(...clicks.values());
}

describe('a list’s pager', () => {
	it('links every page of a short list from every page', () => {
		const all = Array.from({ length: PAGER_ALL_PAGES_UP_TO }, (_, i) => i + 1);
		expect(pagerPages(1, PAGER_ALL_PAGES_UP_TO)).toEqual(all);
		expect(pagerPages(PAGER_ALL_PAGES_UP_TO, PAGER_ALL_PAGES_UP_TO)).toEqual(all);
		expect(pagerPages(1, 2)).toEqual([1, 2]);
	});

	it('links a long list’s first and last pages, its own ten, the tens of its hundred and the hundreds of its thousand', () => {
		expect(pagerPages(2555, 2740)).toEqual([
			1, 1000, 2000, 2100, 2200, 2300, 2400, 2500, 2510, 2520, 2530, 2540, 2550, 2551, 2552, 2553, 2554, 2555, 2556, 2557, 2558, 2559, 2560,
			2570, 2580, 2590, 2600, 2700, 2740,
		]);
		expect(pagerPages(1, 21)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 21]);
	});

	it('reaches every page of a long list from every page in one click a level, with about ten links a level', () => {
		for (const last of [21, 99, 100, 101, 350, 2740]) {
			const levels = Math.ceil(Math.log10(last));
			for (const from of new Set([1, 2, 10, 11, Math.ceil(last / 2), last - 1, last])) {
				expect(mostClicks(last, from), `${from} of ${last}`).toBeLessThanOrEqual(levels + 1);
				expect(pagerPages(from, last).length, `${from} of ${last}`).toBeLessThanOrEqual(11 * levels + 2);
			}
		}
	});

	it('links the current page, in order, with no page twice', () => {
		for (const [current, last] of [
			[1, 500],
			[37, 500],
			[500, 500],
			[1234, 9999],
		] as const) {
			const pages = pagerPages(current, last);
			expect(pages).toContain(current);
			expect(pages).toEqual([...new Set(pages)].sort((a, b) => a - b));
			expect(pages[0]).toBe(1);
			expect(pages.at(-1)).toBe(last);
		}
	});
});
