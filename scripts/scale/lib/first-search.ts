/**
 * What a reader's first search costs: the search page opened with a query for a common
 * word in a fresh Chromium profile, served from dist/ by a local static server, counting
 * every byte the page fetches from the search index until the results are shown; and
 * the same search by the engine alone (`measureEngineSearch`), without the page's work.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createSearchEngine } from '../../../src/search/search-engine.ts';
import { SearchIndex } from '../../../src/search/search-index.ts';
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
	/** Bytes of search index files fetched (manifest, shards, review files). */
	indexBytes: number;
	/** The same over a server that gzips them. */
	indexGzipBytes: number;
	indexRequests: number;
	/** Everything else the page fetched (its HTML, CSS, script, /data/people.json). */
	otherBytes: number;
	/** Index bytes by kind: `manifest`, `shard`, `review`. */
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
 * compression (gzipped sizes are computed from the files); records what it serves.
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

const INDEX = '/search-index/';

function kindOf(url: string): string {
	if (url.endsWith('/manifest.json')) return 'manifest';
	if (url.includes('/reviews/')) return 'review';
	return 'shard';
}

/** The engine alone, without the page: the query searched, the first 10 results' review files read. */
export interface EngineSearch {
	query: string;
	results: number;
	ms: number;
	indexBytes: number;
	indexGzipBytes: number;
	indexRequests: number;
	byKind: Record<string, number>;
}

/** The tests' Chromium (scripts/lib/chromium.ts). */
const launchChromium = (): Promise<Browser> => chromium.launch({ executablePath: CHROME_PATH, args: CHROME_FLAGS });

/** The search engine run in Node over the served index: what a first search costs the engine itself. */
export async function measureEngineSearch(dist: string, query = 'film'): Promise<EngineSearch> {
	const served: Served[] = [];
	const server = await serveDist(dist, served);
	const { port } = server.address() as AddressInfo;
	try {
		const started = performance.now();
		const index = await SearchIndex.open(`http://127.0.0.1:${port}${INDEX}`);
		const { hits } = await createSearchEngine(index, []).search(query);
		await Promise.all(hits.slice(0, 10).map((hit) => index.reviewOf(hit.record)));
		return { query, results: hits.length, ms: performance.now() - started, ...(await tally(served)) };
	} finally {
		server.closeAllConnections();
		server.close();
	}
}

async function tally(served: readonly Served[]) {
	const byKind: Record<string, number> = {};
	let indexBytes = 0;
	let indexGzipBytes = 0;
	let indexRequests = 0;
	for (const { url, bytes, file } of served) {
		if (!url.includes(INDEX)) continue;
		indexBytes += bytes;
		indexGzipBytes += COMPRESSIBLE.test(file) ? gzipSync(await readFile(file)).length : bytes;
		indexRequests += 1;
		const kind = kindOf(url);
		byKind[kind] = (byKind[kind] ?? 0) + bytes;
	}
	return { indexBytes, indexGzipBytes, indexRequests, byKind };
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
		const otherBytes = served.filter(({ url }) => !url.includes(INDEX)).reduce((total, { bytes }) => total + bytes, 0);
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
