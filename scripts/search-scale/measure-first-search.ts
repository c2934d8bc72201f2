/**
 * A reader's first search, as the search page does it: a fresh Chromium context opens
 * `/search/?q=<query>` on a static server that gzips as a host does, and the page is
 * watched until its status line gives the count. Measured:
 *
 * - time to the first result: from navigation start (the page's `performance.now()`
 *   origin) to the first `.search-result` in the DOM, seen by a MutationObserver
 *   installed before the page's own scripts run;
 * - bytes: every response the server sent from navigation until the status line
 *   (HTML, CSS, script, names, index files), as sent (gzipped), and the index's share.
 */
import { chromium, type Browser } from 'playwright-core';
import { CHROME_FLAGS, CHROME_PATH } from '../lib/chromium.ts';
import { startStaticServer, type Served } from '../lib/static-server.ts';

export interface FirstSearch {
	query: string;
	/** Navigation start → first result in the DOM, ms; null when none was shown. */
	firstResultMs: number | null;
	/** Navigation start → the status line's count, ms; null on timeout. */
	statusMs: number | null;
	status: string;
	/** Every byte sent (gzipped where the type is text) until the status line, and the search index's share. */
	bytes: number;
	/** Every byte sent until the page is quiet (suggestions for a word no text has come after the status). */
	settledBytes: number;
	indexBytes: number;
	requests: number;
	/** Index bytes by kind of file: manifest, shard, block, chunk, review. */
	byKind: Record<string, number>;
}

const TIMEOUT_MS = 30_000;

/** What the page records, in its `performance.now()` time. */
interface Probe {
	firstResult: number | null;
	status: number | null;
}

function kindOf(url: string): string | null {
	const path = /\/search-index\/(.*)$/.exec(url)?.[1];
	if (path === undefined) return null;
	if (path === 'manifest.json') return 'manifest';
	if (path.startsWith('reviews/')) return 'review';
	if (path.startsWith('texts/')) return 'chunk';
	return /^[a-z]+\/\d+\.json$/.test(path) ? 'shard' : 'block';
}

/** Searches each query on a fresh load of the search page of the site in `root`. */
export async function measureFirstSearches(root: string, queries: readonly string[]): Promise<FirstSearch[]> {
	const server = await startStaticServer({ root, gzip: true });
	const browser: Browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_FLAGS });
	const results: FirstSearch[] = [];
	try {
		for (const query of queries) results.push(await searchOnce(browser, server.origin, server.log, query));
	} finally {
		await browser.close();
		await server.stop();
	}
	return results;
}

async function searchOnce(browser: Browser, origin: string, log: Served[], query: string): Promise<FirstSearch> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.addInitScript(() => {
			const probe: Probe = { firstResult: null, status: null };
			(window as unknown as { searchProbe: Probe }).searchProbe = probe;
			new MutationObserver(() => {
				probe.firstResult ??= document.querySelector('.search-result') ? performance.now() : null;
				const status = document.querySelector('[data-search-status]')?.textContent ?? '';
				probe.status ??= /match|No text has|could not run/.test(status) ? performance.now() : null;
			}).observe(document, { childList: true, subtree: true, characterData: true });
		});
		const from = log.length;
		await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
		const status = page.locator('[data-search-status]');
		// On a timeout the probe's times stay null, and are reported so.
		await status
			.filter({ hasText: /match|No text has|could not run/ })
			.waitFor({ timeout: TIMEOUT_MS })
			.catch(() => undefined);
		const probe = await page.evaluate(() => (window as unknown as { searchProbe: Probe }).searchProbe);
		const served = log.slice(from);
		await quiet(log);
		const settled = log.slice(from);
		const byKind: Record<string, number> = {};
		let indexBytes = 0;
		for (const { url, bytes } of served) {
			const kind = kindOf(url);
			if (kind === null) continue;
			indexBytes += bytes;
			byKind[kind] = (byKind[kind] ?? 0) + bytes;
		}
		return {
			query,
			firstResultMs: probe.firstResult === null ? null : Math.round(probe.firstResult),
			statusMs: probe.status === null ? null : Math.round(probe.status),
			status: (await status.textContent())?.trim() ?? '',
			bytes: served.reduce((sum, { bytes }) => sum + bytes, 0),
			settledBytes: settled.reduce((sum, { bytes }) => sum + bytes, 0),
			indexBytes,
			requests: served.length,
			byKind,
		};
	} finally {
		await context.close();
	}
}

/** Resolves once the server has sent nothing for half a second. */
async function quiet(log: readonly Served[]): Promise<void> {
	let seen = -1;
	while (seen !== log.length) {
		seen = log.length;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
}
