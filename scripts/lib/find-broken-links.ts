/**
 * Core of `scripts/check-links.ts`: resolves every URL in every built page
 * against the files in `dist/` and reports the ones that lead nowhere, point
 * at a missing `#fragment`, or would make the browser contact another site.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { htmlFileToUrlPath, listDistPages } from './dist-pages.ts';
import { parsePage } from './extract-links.ts';
import type { PageLink, ParsedPage } from './extract-links.ts';

/** One URL that does not work, as `page → url: reason`. */
export interface BrokenLink {
	/** URL path of the page the link is on, e.g. `/texts/a-en/`. */
	page: string;
	url: string;
	reason: string;
}

/** Counts for the summary line, and every broken link found. */
export interface LinkReport {
	pages: number;
	/** Same-site URLs resolved to a file in dist. */
	links: number;
	/** URLs to other sites or non-HTTP schemes (allowed only as plain hyperlinks). */
	external: number;
	/** `#fragment`s checked against the ids of their target page. */
	anchors: number;
	broken: BrokenLink[];
}

/** Options for {@link findBrokenLinks}. */
export interface LinkCheckOptions {
	/**
	 * The deployed site URL (Astro's `site`), so that absolute links to it,
	 * like `<link rel="canonical" href="https://site/texts/a-en/">`, are
	 * checked as internal links instead of being taken for another site.
	 */
	siteUrl?: string;
	/**
	 * The base path the site is served under (Astro's `base`, e.g. `/corpus/`):
	 * `dist/texts/a-en/index.html` is then `/corpus/texts/a-en/`. Default `/`.
	 */
	basePath?: string;
}

/** Made-up origin the pages are resolved against: it can never be a real site. */
const LOCAL_ORIGIN = 'http://dist.invalid';

/** Checks every link of every `.html` page under `distDir`. */
export function findBrokenLinks(distDir: string, options: LinkCheckOptions = {}): LinkReport {
	const root = path.resolve(distDir);
	const pages = listDistPages(root);
	const parsed = new Map<string, ParsedPage>(pages.map((page) => [page.file, parsePage(readFileSync(path.join(root, page.file), 'utf8'))]));
	const ownOrigins = new Set([LOCAL_ORIGIN]);
	if (options.siteUrl) ownOrigins.add(new URL(options.siteUrl).origin);
	const report: LinkReport = { pages: pages.length, links: 0, external: 0, anchors: 0, broken: [] };
	const basePath = (options.basePath ?? '/').replace(/\/?$/, '/');

	for (const page of pages) {
		const doc = parsed.get(page.file)!;
		let base = new URL(basePath + page.urlPath.slice(1), LOCAL_ORIGIN);
		try {
			if (doc.baseHref !== null) base = new URL(doc.baseHref, base);
		} catch {
			report.broken.push({ page: page.urlPath, url: doc.baseHref!, reason: 'not a valid URL (base[href])' });
		}
		for (const link of doc.links) {
			const reason = checkLink(link, base);
			if (reason !== null) report.broken.push({ page: page.urlPath, url: link.url, reason: `${reason} (${link.source})` });
		}
	}
	return report;

	/** Returns why `link` is broken, or null if it works; updates the counts. */
	function checkLink(link: PageLink, base: URL): string | null {
		if (link.url === '') return link.externalAllowed ? null : 'empty URL';
		let target: URL;
		try {
			target = new URL(link.url, base);
		} catch {
			return 'not a valid URL';
		}
		if (target.protocol === 'javascript:') return 'javascript: URL';
		if (!ownOrigins.has(target.origin)) {
			report.external++;
			// data: URLs are inline content: nothing is requested.
			if (link.externalAllowed || target.protocol === 'data:') return null;
			const where = target.protocol === 'http:' || target.protocol === 'https:' ? target.origin : target.protocol;
			return `third-party request to ${where}: only plain hyperlinks may leave this site`;
		}
		report.links++;
		const resolved = resolveFile(target.pathname);
		if ('error' in resolved) return resolved.error;
		const fragment = target.hash.slice(1);
		// `#` and `#top` scroll to the top; `#:~:text=…` is a text fragment, not an id.
		if (fragment === '' || fragment.toLowerCase() === 'top' || fragment.startsWith(':~:')) return null;
		const targetDoc = parsed.get(resolved.file);
		if (targetDoc === undefined) return null; // not HTML (e.g. a .txt file): it has no ids
		report.anchors++;
		const id = safeDecode(fragment);
		if (targetDoc.ids.has(id) || targetDoc.ids.has(fragment)) return null;
		return `no element with id="${id}" on ${htmlFileToUrlPath(resolved.file)}`;
	}

	/** Maps a URL path to a dist-relative file (directory URLs → their index.html). */
	function resolveFile(pathname: string): { file: string } | { error: string } {
		if (!pathname.startsWith(basePath)) return { error: `outside the site's base path ${basePath}` };
		const decoded = safeDecode(`/${pathname.slice(basePath.length)}`);
		const file = path.posix.normalize(decoded.slice(1) + (decoded.endsWith('/') ? 'index.html' : ''));
		if (file.startsWith('../')) return { error: 'points outside the site' };
		if (isFile(path.join(root, file))) return { file };
		if (!decoded.endsWith('/') && isFile(path.join(root, file, 'index.html'))) {
			// Hosts answer /texts/a-en with a redirect, and relative links on the
			// page would resolve against /texts/ instead of /texts/a-en/.
			return { error: `missing trailing slash: the page is ${pathname}/` };
		}
		return { error: `no such file: dist/${file}` };
	}
}

function isFile(file: string): boolean {
	return statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
}

function safeDecode(value: string): string {
	try {
		return decodeURIComponent(value);
	} catch {
		return value;
	}
}
