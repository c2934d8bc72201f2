import { describe, expect, it } from 'vitest';
import { listPageUrl, pageOfItem, REVIEWS_PER_PAGE } from '../../../src/site/list-pages.ts';
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
