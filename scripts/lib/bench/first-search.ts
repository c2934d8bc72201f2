/**
 * A reader's first search, on the search page as it runs (src/search/search-page.ts) in
 * Chromium, served from a built site: what it fetches and how long the reader waits.
 * Each run is a fresh browser context, so nothing comes from a cache. Three ways in
 * (`SearchStart`):
 *
 * - `typed`: `/search/` loaded, the field focused (the page then loads the index's
 *   manifest and the names), and once the network has been quiet for 500 ms (a reader
 *   who takes a moment), the query typed key by key at `KEY_INTERVAL_MS`, slower than
 *   the page's typing pause: every key from the second starts a search that the next
 *   key discards. Timed from the last key's `keydown`.
 * - `enter`: the same typing, then Enter, which searches at once; timed from Enter's
 *   `keydown`.
 * - `url`: `/search/?q=…` opened, as the header's search form does; timed from the
 *   navigation's start.
 *
 * Times are read in the page, on the document's clock (event timestamps and
 * `performance.now()`, 0 at navigation): `firstResultMs` until the results list gets its
 * first item (a MutationObserver sees the insertion, before paint), `doneMs` until the
 * status line is written, which the page does once the first results and the filter
 * counts are done. Bytes are the responses the search needed, as the server sent them
 * (gzipped): for `typed` and `enter`, every response from focus until done; for `url`,
 * every response from navigation until done but those a load of `/search/` without a
 * query makes too (its HTML, stylesheets, script).
 */
import type { Browser, Page } from 'playwright-core';
import type { Served, StaticServer } from '../static-server.ts';
import { median } from './median.ts';
import { sumBytes } from './page-weight.ts';
import { installSearchProbe, type SearchProbe } from './search-probe.ts';

export const KEY_INTERVAL_MS = 100;
const SEARCH_PATH = '/search/';

export type SearchStart = 'typed' | 'enter' | 'url';

export interface FirstSearchOptions {
	query: string;
	start: SearchStart;
	/** Fresh loads to take the medians over. */
	runs?: number;
	/** Longest wait for a search to be done, in ms. */
	timeoutMs?: number;
}

export interface SearchRun {
	firstResultMs: number;
	doneMs: number;
	/** Sentences found, as the status line says. */
	results: number;
	status: string;
	bytes: number;
	rawBytes: number;
}

export interface FirstSearch {
	query: string;
	start: SearchStart;
	runs: SearchRun[];
	/** Medians over the runs. */
	firstResultMs: number;
	doneMs: number;
	bytes: number;
	rawBytes: number;
	/** The responses of the first run: what the bytes are. */
	requests: Served[];
}

export async function measureFirstSearch(browser: Browser, server: StaticServer, options: FirstSearchOptions): Promise<FirstSearch> {
	const { query, start, runs: count = 1, timeoutMs = 15_000 } = options;
	const pageLoad = start === 'url' ? await pageLoadPaths(browser, server) : new Set<string>();
	const runs: (SearchRun & { requests: Served[] })[] = [];
	for (let i = 0; i < count; i++) runs.push(await searchOnce(browser, server, { query, start, timeoutMs }, pageLoad));
	return {
		query,
		start,
		runs: runs.map(({ requests, ...run }) => run),
		firstResultMs: median(runs.map((run) => run.firstResultMs)),
		doneMs: median(runs.map((run) => run.doneMs)),
		bytes: median(runs.map((run) => run.bytes)),
		rawBytes: median(runs.map((run) => run.rawBytes)),
		requests: runs[0]!.requests,
	};
}

/** The paths a load of the search page without a query fetches. */
async function pageLoadPaths(browser: Browser, server: StaticServer): Promise<Set<string>> {
	const context = await browser.newContext();
	try {
		const from = server.log.length;
		await (await context.newPage()).goto(server.origin + SEARCH_PATH, { waitUntil: 'networkidle' });
		return new Set(server.log.slice(from).map(({ url }) => pathOf(url)));
	} finally {
		await context.close();
	}
}

const pathOf = (url: string) => url.replace(/[?#].*$/, '');

async function searchOnce(
	browser: Browser,
	server: StaticServer,
	{ query, start, timeoutMs }: Required<Omit<FirstSearchOptions, 'runs'>>,
	pageLoad: ReadonlySet<string>,
): Promise<SearchRun & { requests: Served[] }> {
	const context = await browser.newContext();
	try {
		await context.addInitScript(installSearchProbe);
		const page = await context.newPage();
		let from = server.log.length;
		if (start === 'url') {
			await page.goto(`${server.origin}${SEARCH_PATH}?${new URLSearchParams({ q: query })}`);
		} else {
			await page.goto(server.origin + SEARCH_PATH, { waitUntil: 'networkidle' });
			from = server.log.length;
			const field = page.locator('#search-query');
			await field.focus();
			await networkQuiet(server);
			// "\n" is Enter, pressed KEY_INTERVAL_MS after the last letter like any other key.
			await field.pressSequentially(start === 'enter' ? `${query}\n` : query, { delay: KEY_INTERVAL_MS });
		}
		const probe = await searchDone(page, start, timeoutMs);
		const requests = server.log.slice(from).filter(({ url }) => !pageLoad.has(pathOf(url)));
		const origin = start === 'url' ? 0 : start === 'enter' ? probe.enter : probe.keydowns.at(-1)!;
		const firstResult = probe.renders.find((at) => at >= origin);
		const done = probe.statuses.find((status) => status.at >= origin)!;
		if (/could not run/i.test(done.text)) throw new Error(`the search for “${query}” failed: ${done.text}`);
		if (firstResult === undefined) throw new Error(`no result for “${query}” (${done.text}): choose a query that matches`);
		return {
			firstResultMs: firstResult - origin,
			doneMs: done.at - origin,
			results: Number(/^(?:At least )?([\d,]+) sentences? match/.exec(done.text)?.[1]?.replaceAll(',', '') ?? 0),
			status: done.text,
			bytes: sumBytes(requests),
			rawBytes: sumBytes(requests, 'rawBytes'),
			requests,
		};
	} finally {
		await context.close();
	}
}

/** Waits until the status line is written after the search's start; resolves to the probe. */
async function searchDone(page: Page, start: SearchStart, timeoutMs: number): Promise<SearchProbe> {
	const handle = await page.waitForFunction(
		(start) => {
			const probe = (window as unknown as { searchProbe?: SearchProbe }).searchProbe;
			if (!probe) return null;
			const origin = start === 'url' ? 0 : start === 'enter' ? probe.enter : probe.keydowns.at(-1);
			return origin !== undefined && probe.statuses.some((status) => status.at >= origin) ? probe : null;
		},
		start,
		{ timeout: timeoutMs, polling: 100 },
	);
	return (await handle.jsonValue()) as SearchProbe;
}

/** Resolves once the server has sent nothing for `quietMs`. */
async function networkQuiet(server: StaticServer, quietMs = 500) {
	let seen = -1;
	while (seen !== server.log.length) {
		seen = server.log.length;
		await new Promise((resolve) => setTimeout(resolve, quietMs));
	}
}
