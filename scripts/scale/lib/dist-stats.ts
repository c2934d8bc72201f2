/**
 * What a build wrote: files and bytes of dist/ by section, and the weight of single
 * pages as a reader downloads them (gzip of the HTML and of the stylesheets it links).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface DistStats {
	files: number;
	/** Sum of the files' sizes. */
	bytes: number;
	/** Space on disk (allocated blocks), which many small files inflate. */
	diskBytes: number;
	/** Per section (`texts`, `compare`, `search-index`, …): files and bytes. */
	sections: Record<string, { files: number; bytes: number }>;
}

/** Files and bytes of a built site, by section. */
export async function distStats(dist: string): Promise<DistStats> {
	const stats: DistStats = { files: 0, bytes: 0, diskBytes: 0, sections: {} };
	for (const path of await listFiles(dist)) {
		const info = await stat(path);
		const parts = relative(dist, path).split(sep);
		const section = parts.length === 1 ? '(top)' : parts[0]!;
		const entry = (stats.sections[section] ??= { files: 0, bytes: 0 });
		entry.files += 1;
		entry.bytes += info.size;
		stats.files += 1;
		stats.bytes += info.size;
		stats.diskBytes += info.blocks * 512;
	}
	return stats;
}

async function listFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

export interface PageWeight {
	/** The page's URL path. */
	path: string;
	htmlBytes: number;
	htmlGzip: number;
	/** The stylesheets the page links, gzipped, summed. */
	cssGzip: number;
	/** What a first visit downloads: gzip of HTML + CSS. */
	totalGzip: number;
}

const STYLESHEET = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;
const HREF = /\bhref="([^"]+)"/;

/** The gzip weight of a page of `dist` and the stylesheets it links. */
export async function pageWeight(dist: string, urlPath: string): Promise<PageWeight | null> {
	const file = urlPath.endsWith('/') ? join(dist, urlPath, 'index.html') : join(dist, urlPath);
	const html = await readFile(file).catch(() => null);
	if (!html) return null;
	let cssGzip = 0;
	for (const tag of html.toString('utf8').match(STYLESHEET) ?? []) {
		const href = HREF.exec(tag)?.[1];
		if (!href || /^[a-z]+:/i.test(href)) continue;
		const css = await readFile(join(dist, decodeURI(href.split(/[?#]/)[0]!))).catch(() => null);
		if (css) cssGzip += gzipSync(css, { level: 6 }).length;
	}
	const htmlGzip = gzipSync(html, { level: 6 }).length;
	return { path: urlPath, htmlBytes: html.length, htmlGzip, cssGzip, totalGzip: htmlGzip + cssGzip };
}

/** The largest page inside a section (its HTML bytes), e.g. the biggest `/people/<id>/`. */
export async function largestPage(dist: string, section: string): Promise<string | null> {
	const dir = join(dist, section);
	const pages = (await listFiles(dir).catch(() => [] as string[])).filter(
		(path) => path.endsWith(`${sep}index.html`) && relative(dir, path).split(sep).length >= 2,
	);
	let best: { path: string; size: number } | null = null;
	for (const path of pages) {
		const { size } = await stat(path);
		if (!best || size > best.size) best = { path, size };
	}
	return best ? `/${relative(dist, best.path).split(sep).slice(0, -1).join('/')}/` : null;
}
