/**
 * The first search on a freshly loaded search page: what it fetches and how long the
 * reader waits.
 *
 * Bytes: every response the server sends from focusing the field (which starts loading
 * the search index's manifest and the names) until the status line names the whole
 * query, i.e. the first page of results with their translations is shown. They are
 * counted from the gzip proxy's log, which sees every request whoever makes it.
 *
 * Time, measured in the page with performance.now() and a MutationObserver on the
 * results list, from the query's last keystroke to the moment the list gets its first
 * item (the DOM insertion, before paint). Typing starts once the network has been quiet
 * for 500 ms after focus, i.e. the manifest and names are loaded, as for a reader who
 * takes a moment to type; the first search still fetches its shards and review files. The query is typed key by key at KEY_INTERVAL_MS, a brisk typist's pace,
 * slower than the page's 40 ms typing pause: every key from the second starts a search, as for
 * a reader, and each key discards the results of the searches before it, so the first
 * render after the last key is the whole query's. Two variants:
 * - `typed`: from the last key's `keydown` (Playwright holds each key for the typing
 *   interval, so its `keyup` may come after the results); the page waits its pause,
 *   then searches.
 *   This is what a reader gets, and what the budget is judged on.
 * - `enter`: the same typing, then Enter: from Enter's `keydown`, which submits the form
 *   and searches at once (the page clears the pause on submit).
 */
import type { Browser, Page } from 'playwright-core';
import { sum } from './page-weight.ts';
import type { Server, Served } from './serve.ts';

export const KEY_INTERVAL_MS = 100;

export type Variant = 'typed' | 'enter';

export interface SearchRun {
  variant: Variant;
  /** Last letter's keydown (typed) or Enter's keydown (enter) → first result in the list. */
  latencyMs: number;
  /** Focus → first result: loading the index's manifest, waiting for quiet, typing and searching. */
  fromFocusMs: number;
  bytes: number;
  rawBytes: number;
  requests: Served[];
}

export interface FirstSearch {
  query: string;
  runs: Omit<SearchRun, 'requests'>[];
  medianMs: Record<Variant, number>;
  /** Median over every run (the same requests each time). */
  bytes: number;
  rawBytes: number;
  /** The requests of the first run. */
  requests: Served[];
}

/** What the probe in the page records, in performance.now() milliseconds. */
interface Probe {
  focus: number;
  keydowns: number[];
  /** The last letter's keyup. */
  lastKeyup: number;
  enter: number;
  /** Each time the list goes from empty to holding results. */
  renders: number[];
}

export async function measureFirstSearch(browser: Browser, server: Server, query: string, runsPerVariant: number): Promise<FirstSearch> {
  const runs: SearchRun[] = [];
  for (const variant of ['typed', 'enter'] as const) {
    for (let i = 0; i < runsPerVariant; i++) runs.push(await searchOnce(browser, server, query, variant));
  }
  return {
    query,
    runs: runs.map(({ requests, ...run }) => run),
    medianMs: {
      typed: median(runs.filter((run) => run.variant === 'typed').map((run) => run.latencyMs)),
      enter: median(runs.filter((run) => run.variant === 'enter').map((run) => run.latencyMs)),
    },
    bytes: median(runs.map((run) => run.bytes)),
    rawBytes: median(runs.map((run) => run.rawBytes)),
    requests: runs[0]!.requests,
  };
}

/** One fresh load and search. */
async function searchOnce(browser: Browser, server: Server, query: string, variant: Variant): Promise<SearchRun> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${server.origin}/search/`, { waitUntil: 'networkidle' });
    await installProbe(page);
    const from = server.log.length;
    const field = page.locator('#search-query');
    await field.focus();
    await networkQuiet(server);
    // "\n" is Enter, pressed KEY_INTERVAL_MS after the last letter like any other key.
    await field.pressSequentially(variant === 'enter' ? `${query}\n` : query, { delay: KEY_INTERVAL_MS });
    // The status says how many sentences match the whole query once its results are
    // rendered (earlier keys' searches name their partial query).
    await page.locator('[data-search-status]').filter({ hasText: `match “${query}”` }).waitFor({ timeout: 15_000 });
    const requests = server.log.slice(from);
    const probe = await page.evaluate(() => (window as unknown as { benchProbe: Probe }).benchProbe);
    const origin = variant === 'typed' ? probe.keydowns.at(-1)! : probe.enter;
    const rendered = probe.renders.find((at) => at >= origin);
    if (rendered === undefined) throw new Error(`no result for “${query}”: choose a query that matches`);
    return {
      variant,
      latencyMs: rendered - origin,
      fromFocusMs: rendered - probe.focus,
      bytes: sum(requests, 'bytes'),
      rawBytes: sum(requests, 'rawBytes'),
      requests,
    };
  } finally {
    await context.close();
  }
}

/** Records the field's events (their own timestamps) and each time results appear. */
function installProbe(page: Page) {
  return page.evaluate(() => {
    const probe: Probe = { focus: NaN, keydowns: [], lastKeyup: NaN, enter: NaN, renders: [] };
    (window as unknown as { benchProbe: Probe }).benchProbe = probe;
    const field = document.querySelector('#search-query')!;
    const list = document.querySelector('[data-search-results]')!;
    field.addEventListener('focus', (event) => (probe.focus = event.timeStamp));
    field.addEventListener('keydown', (event) => {
      probe.keydowns.push(event.timeStamp);
      if ((event as KeyboardEvent).key === 'Enter') probe.enter = event.timeStamp;
    });
    field.addEventListener('keyup', (event) => {
      if ((event as KeyboardEvent).key !== 'Enter') probe.lastKeyup = event.timeStamp;
    });
    // The page empties the list, then appends a page of results at once.
    new MutationObserver(() => {
      if (list.firstElementChild) probe.renders.push(performance.now());
    }).observe(list, { childList: true });
  });
}

/** Resolves once the server has sent nothing for `quietMs`. */
async function networkQuiet(server: Server, quietMs = 500) {
  let seen = -1;
  while (seen !== server.log.length) {
    seen = server.log.length;
    await new Promise((resolve) => setTimeout(resolve, quietMs));
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
