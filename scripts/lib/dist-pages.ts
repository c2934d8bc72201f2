/**
 * Lists the HTML pages of a built site (`dist/`) and maps them to the URL
 * paths a browser uses, for `build.format: 'directory'` output.
 * Shared by the link checker, the HTML validator and the Playwright specs so
 * that they all agree on what "every page" means.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** One built page: its file (relative to dist, POSIX separators) and its URL path. */
export interface DistPage {
	/** e.g. `texts/a-en/index.html` */
	file: string;
	/** e.g. `/texts/a-en/` (percent-encoded, ready for `page.goto`) */
	urlPath: string;
}

/**
 * Every `.html` file under `distDir`, relative to it with `/` separators,
 * sorted so that output and generated test names are stable.
 * Throws if `distDir` is missing (a missing build must fail loudly).
 */
export function listHtmlFiles(distDir: string): string[] {
	if (!statSync(distDir, { throwIfNoEntry: false })?.isDirectory()) {
		throw new Error(`${distDir} is not a directory: build the site first (npx astro build)`);
	}
	return readdirSync(distDir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => path.relative(distDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
		.sort();
}

/**
 * URL path for a dist-relative HTML file: `index.html` files are served as
 * their directory (`texts/a-en/index.html` → `/texts/a-en/`); any other file
 * (e.g. `404.html`) is served under its own name.
 */
export function htmlFileToUrlPath(file: string): string {
	const segments = file.split('/').map(encodeURIComponent);
	if (segments.at(-1) === 'index.html') segments[segments.length - 1] = '';
	return `/${segments.join('/')}`;
}

/** {@link listHtmlFiles} with each file's URL path. */
export function listDistPages(distDir: string): DistPage[] {
	return listHtmlFiles(distDir).map((file) => ({ file, urlPath: htmlFileToUrlPath(file) }));
}
