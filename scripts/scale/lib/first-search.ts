/**
 * What a reader's first search costs: the search page opened with a query for a common
 * word in a fresh Chromium profile, served from dist/ by a local static server, counting
 * every byte the page fetches from Pagefind's bundles until the results are shown; and
 * the same search in Pagefind alone (`measureEngineSearch`), without the page's work.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { SupportedLanguage } from '../../../src/corpus/languages.ts';
import { analyzeQuery } from '../../../src/search/analyze.ts';
import { CHROME_FLAGS, CHROME_PATH } from '../../lib/chromium.ts';
import { descendants } from './process-tree.ts';

export interface FirstSearch {
	query: string;
	/** Results the page reported, or null when it did not finish in time. */
	results: number | null;
	/** From navigation to the first result on the page, in ms (null on timeout). */
	firstResultMs: number | null;
	/** From navigation to the status line, written once the filter counts are done, in ms (null on timeout). */
	ms: number | null;
	/** Bytes of Pagefind files fetched (scripts, WebAssembly, metadata, index chunks, fragments). */
	pagefindBytes: number;
	/** The same over a server that gzips text (its scripts and JSON); the rest is compressed already. */
	pagefindGzipBytes: number;
	pagefindRequests: number;
	/** Everything else the page fetched (its HTML, CSS, script, /data/people.json). */
	otherBytes: number;
	/** Pagefind bytes by kind: `pagefind.js`, `wasm`, `meta`, `index`, `fragment`, `filter`, other. */
	byKind: Record<string, number>;
	status: string;
}

interface Served {
	url: string;
	bytes: number;
	file: string;
}

const COMPRESSIBLE = /\.(?:js|json|css|html|svg|txt)$/;

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain; charset=utf-8',
};

/**
 * A static server over `dist` on a free local port: a folder's index.html, no
 * compression (Pagefind's files are compressed already); records what it serves.
 */
export function serveDist(dist: string, served: Served[] = []): Promise<Server> {
	const server = createServer(async (request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		let path = normalize(join(dist, decodeURIComponent(url.pathname)));
		if (!path.startsWith(dist + sep) && path !== dist) {
			response.writeHead(403).end();
			return;
		}
		try {
			if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
			const { size } = await stat(path);
			served.push({ url: url.pathname, bytes: size, file: path });
			response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'content-length': size });
			createReadStream(path).pipe(response);
		} catch {
			response.writeHead(404).end();
		}
	});
	return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function kindOf(url: string): string {
	const name = url.slice(url.lastIndexOf('/') + 1);
	if (name === 'pagefind.js' || name === 'pagefind-worker.js') return 'pagefind.js';
	if (name.startsWith('wasm.')) return 'wasm';
	if (url.includes('/index/')) return 'index';
	if (url.includes('/fragment/')) return 'fragment';
	if (url.includes('/filter/')) return 'filter';
	if (name.endsWith('.pf_meta')) return 'meta';
	if (name === 'pagefind-entry.json') return 'entry';
	return 'other';
}

/**
 * Pagefind alone, without the search page's facet counts: a fresh page imports every
 * bundle, searches the keys of `query` in each language in each and loads the first 20
 * results' fragments,
 * as the page shows them. What a first search costs in Pagefind itself.
 */
export interface EngineSearch {
	query: string;
	results: number;
	ms: number;
	pagefindBytes: number;
	pagefindGzipBytes: number;
	pagefindRequests: number;
	byKind: Record<string, number>;
}

/** The tests' Chromium (scripts/lib/chromium.ts). */
const launchChromium = (): Promise<Browser> => chromium.launch({ executablePath: CHROME_PATH, args: CHROME_FLAGS });

export function measureEngineSearch(dist: string, query = 'film'): Promise<EngineSearch> {
	return withServedPage(dist, async (page, origin, served) => {
		await page.goto(`${origin}/search/`);
		served.length = 0;
		// What the search page would search: the query's keys in each language
		// (src/search/analyze.ts), one search each, merged by score.
		const analyzers = (await page.locator('[data-search-app]').getAttribute('data-analyzers'))!.split(' ') as SupportedLanguage[];
		const keyQueries = analyzers.map((analyzer) => analyzeQuery(query, analyzer));
		const { ms, results } = await page.evaluate(async (queries) => {
			const started = performance.now();
			const urls = document.querySelector<HTMLElement>('[data-search-app]')!.dataset['bundles']!.split(' ');
			const bundles = await Promise.all(
				urls.map(async (url) => {
					const pagefind = await import(/* @vite-ignore */ `${url}pagefind.js`);
					await pagefind.options({ basePath: url });
					await pagefind.init();
					return pagefind;
				}),
			);
			const searches = await Promise.all(bundles.flatMap((pagefind) => queries.map((keys: string) => pagefind.search(keys))));
			const found = searches.flatMap((search) => search?.results ?? []);
			found.sort((a: { score: number }, b: { score: number }) => b.score - a.score);
			await Promise.all(found.slice(0, 20).map((result: { data: () => Promise<unknown> }) => result.data()));
			return { ms: performance.now() - started, results: found.length };
		}, keyQueries);
		const bytes = await tally(served);
		return { query, results, ms, ...bytes };
	});
}

async function tally(served: readonly Served[]) {
	const byKind: Record<string, number> = {};
	let pagefindBytes = 0;
	let pagefindGzipBytes = 0;
	let pagefindRequests = 0;
	for (const { url, bytes, file } of served) {
		if (!url.includes('/pagefind/')) continue;
		pagefindBytes += bytes;
		pagefindGzipBytes += COMPRESSIBLE.test(file) ? gzipSync(await readFile(file)).length : bytes;
		pagefindRequests += 1;
		const kind = kindOf(url);
		byKind[kind] = (byKind[kind] ?? 0) + bytes;
	}
	return { pagefindBytes, pagefindGzipBytes, pagefindRequests, byKind };
}

export function measureFirstSearch(dist: string, query = 'film', timeoutMs = 120_000): Promise<FirstSearch> {
	return withServedPage(dist, async (page, origin, served) => {
		const started = performance.now();
		await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
		// Polled from here with a deadline of our own: a page busy counting facets can keep
		// its main thread (and so any in-page wait or evaluation) from answering at all.
		let ms: number | null = null;
		let firstResultMs: number | null = null;
		let status = '';
		while (performance.now() - started < timeoutMs) {
			const seen = await withDeadline(
				page.evaluate(() => ({
					status: document.querySelector('[data-search-status]')?.textContent ?? '',
					results: document.querySelector('[data-search-results]')?.childElementCount ?? 0,
				})),
				6000,
			).catch(() => null);
			if (seen) {
				status = seen.status;
				if (seen.results > 0) firstResultMs ??= performance.now() - started;
			}
			if (/match|could not run/i.test(status)) {
				ms = performance.now() - started;
				break;
			}
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
		const results = ms === null ? null : Number(/^([\d,]+) sentences? match/.exec(status)?.[1]?.replace(/,/g, '') ?? 0);
		const otherBytes = served.filter(({ url }) => !url.includes('/pagefind/')).reduce((total, { bytes }) => total + bytes, 0);
		return { query, results, firstResultMs, ms, ...(await tally(served)), otherBytes, status: status.trim() };
	});
}

/**
 * Serves `dist` on a free port, opens a page in a fresh Chromium context, runs `use`
 * with it, the server's origin and the log of what was served, and closes both.
 */
async function withServedPage<T>(dist: string, use: (page: Page, origin: string, served: Served[]) => Promise<T>): Promise<T> {
	const served: Served[] = [];
	const server = await serveDist(dist, served);
	const { port } = server.address() as AddressInfo;
	const browser = await launchChromium();
	try {
		return await use(await (await browser.newContext()).newPage(), `http://127.0.0.1:${port}`, served);
	} finally {
		await closeAll(browser, server);
	}
}

/** `promise`, or a rejection after `ms`. */
function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const deadline = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
	});
	return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** Closes the browser (killing it if it does not close) and the server with its connections. */
async function closeAll(browser: Browser, server: Server): Promise<void> {
	await withDeadline(browser.close(), 15_000).catch(() => killChromium());
	server.closeAllConnections();
	await new Promise((resolve) => server.close(resolve));
}

/** Kills the Chromium processes this process started (found in /proc by parent). */
function killChromium(): void {
	for (const pid of descendants(process.pid)) {
		try {
			if (/chrom/i.test(readFileSync(`/proc/${pid}/comm`, 'utf8'))) process.kill(pid, 'SIGKILL');
		} catch {
			// Already gone.
		}
	}
}
