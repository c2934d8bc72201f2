/**
 * The built pages, for specs that must cover every page (generate one test
 * per page at load time, so a new page is covered without touching a spec).
 */
import path from 'node:path';
import { listDistPages } from '../../../scripts/lib/dist-pages.ts';
import type { DistPage } from '../../../scripts/lib/dist-pages.ts';

export type { DistPage };

/** The project's build output, the folder `astro preview` serves. */
export const DIST_DIR = path.resolve(import.meta.dirname, '../../../dist');

/**
 * Every `.html` page in `distDir` with its URL path. Throws when there is no
 * build or it has no pages, so a spec cannot pass by running zero tests.
 */
export function distPages(distDir: string = DIST_DIR): DistPage[] {
	const pages = listDistPages(distDir);
	if (pages.length === 0) throw new Error(`no .html pages in ${distDir}: run npx astro build first`);
	return pages;
}
