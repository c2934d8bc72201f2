/**
 * The budgets of the issue "Fast, light and hard to break", and the figures of the
 * typical alternative it compares with (an Astro docs theme with Pagefind).
 * Sizes are in bytes (1 KB = 1000 bytes, as DevTools and Lighthouse count them).
 */
import { KB } from '../lib/bench/format.ts';

/** Pages that must load light and without any JavaScript. */
export const LIGHT_PAGES = [
	{
		path: '/texts/a-en/',
		label: 'Reading page `/texts/a-en/`',
		typical: '22.9 KB (HTML 6.9, CSS 12.0, JS 4.0); 48 KB once the search UI loads when idle',
	},
	{ path: '/', label: 'Home `/`', typical: '—' },
	{ path: '/people/', label: 'Names index `/people/`', typical: '—' },
	{ path: '/people/sergei-urusevsky/', label: 'Person `/people/sergei-urusevsky/`', typical: '—' },
] as const;
export const LIGHT_PAGE_BYTES = 10 * KB;

/** A text read beside another version: no JavaScript, a little heavier than a reading page. */
export const PARALLEL_PAGE = { path: '/texts/a-es/with/a-en/', label: 'Parallel page `/texts/a-es/with/a-en/`', typical: '—' } as const;
export const PARALLEL_PAGE_BYTES = 14 * KB;

export const COMPARE_PAGE = { path: '/compare/a/', label: 'Comparison `/compare/a/` (three columns)', typical: '—' } as const;
export const COMPARE_PAGE_BYTES = 20 * KB;

export const SEARCH_BYTES = 90 * KB;
export const SEARCH_MS = 120;
export const SEARCH_TYPICAL = { bytes: '100 KB', ms: '345 ms' } as const;

export const LIGHTHOUSE_PAGES = [
	'/',
	'/texts/a-en/',
	'/texts/a-es/with/a-en/',
	'/compare/a/',
	'/search/',
	'/people/sergei-urusevsky/',
] as const;
export const LIGHTHOUSE_SCORE = 100;
export const LIGHTHOUSE_TYPICAL = 'SEO 90';

export const BUILD_MS = 5000;
export const BUILD_TYPICAL = '3.7 s';
