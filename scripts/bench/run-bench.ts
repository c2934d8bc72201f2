/**
 * `npm run bench`: builds the site, serves it, measures it against the budgets of the
 * issue "Fast, light and hard to break", writes bench/results.json and
 * bench/results.md, prints the table, and exits 1 when a budget is missed.
 *
 * Environment: CHROME_PATH (default /usr/bin/chromium), BENCH_PORT (default 4322; the
 * bench also uses the next port), BENCH_BUILD_RUNS (default 3), BENCH_SEARCH_RUNS
 * (default 5 per variant), BENCH_QUERY (default Urusevsky).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS, CHROME_PATH } from './browser.ts';
import { timeBuilds } from './build.ts';
import * as budget from './budgets.ts';
import { KEY_INTERVAL_MS, measureFirstSearch } from './first-search.ts';
import { runLighthouse } from './lighthouse.ts';
import { measurePageWeight } from './page-weight.ts';
import { budgetRows, markdown, type Measurements } from './report.ts';
import { startServer } from './serve.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
// Everything the bench builds or keeps for inspection: ignored by git (bench/.gitignore).
const OUT = 'bench/out';
const DIST = `${OUT}/dist`;
const PORT = Number(process.env['BENCH_PORT'] ?? 4322);
const BUILD_RUNS = Number(process.env['BENCH_BUILD_RUNS'] ?? 3);
const SEARCH_RUNS = Number(process.env['BENCH_SEARCH_RUNS'] ?? 5);
const QUERY = process.env['BENCH_QUERY'] ?? 'Urusevsky';

process.chdir(ROOT);
const log = (message: string) => console.log(`bench: ${message}`);

log(`building the default corpus ${BUILD_RUNS}× into ${DIST}…`);
const build = await timeBuilds(DIST, `${OUT}/cache`, BUILD_RUNS);

// On Ctrl-C, exit through process.exit, whose 'exit' event stops the preview server
// (serve.ts): `finally` blocks do not run when a signal ends the process.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
const server = await startServer(DIST, PORT);
let measurements: Measurements;
let chromiumVersion = '';
try {
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_FLAGS });
  chromiumVersion = browser.version();
  try {
    const pages: Measurements['pages'] = [];
    for (const page of budget.LIGHT_PAGES) {
      log(`loading ${page.path}…`);
      pages.push({ ...page, weight: await measurePageWeight(browser, server, page.path), limit: budget.LIGHT_PAGE_BYTES, noScript: true });
    }
    log(`loading ${budget.PARALLEL_PAGE.path}…`);
    const parallel = await measurePageWeight(browser, server, budget.PARALLEL_PAGE.path);
    pages.push({ ...budget.PARALLEL_PAGE, weight: parallel, limit: budget.PARALLEL_PAGE_BYTES, noScript: true });
    log(`loading ${budget.COMPARE_PAGE.path}…`);
    const compare = await measurePageWeight(browser, server, budget.COMPARE_PAGE.path);
    pages.push({ ...budget.COMPARE_PAGE, weight: compare, limit: budget.COMPARE_PAGE_BYTES, noScript: false });
    log(`searching “${QUERY}” on ${SEARCH_RUNS * 2} fresh loads…`);
    const search = await measureFirstSearch(browser, server, QUERY, SEARCH_RUNS);
    measurements = { build, pages, search, lighthouse: [] };
  } finally {
    await browser.close();
  }
  log(`Lighthouse on ${budget.LIGHTHOUSE_PAGES.length} pages…`);
  measurements.lighthouse = await runLighthouse(server.origin, budget.LIGHTHOUSE_PAGES, `${OUT}/lighthouse`);
} finally {
  await server.stop();
}

const rows = budgetRows(measurements);
const context = [
  `${new Date().toISOString()}, Node ${process.version}, Chromium ${chromiumVersion}, Lighthouse ${measurements.lighthouse[0]?.lighthouseVersion ?? '?'}`,
  // Timings depend on what else the machine runs (tests run in parallel here).
  `load average at the end: ${loadavg().map((load) => load.toFixed(1)).join(' ')}`,
  '`astro preview` behind a gzip proxy (level 9 for text, the search index’s JSON included); sizes are response bodies as sent, headers excluded, 1 KB = 1000 bytes',
  'page loads: fresh context, navigation until network idle (500 ms without a request); first search: every response from focusing the field to the first result, web workers included',
  `search timing: focus the field, wait until the index's manifest has loaded (500 ms without a request), type “${QUERY}” at one key per ${KEY_INTERVAL_MS} ms; measured in the page from the key event's timeStamp to the MutationObserver callback that sees the first result (Chromium, localhost)`,
];
const passed = rows.every((row) => row.pass !== false);
await mkdir('bench', { recursive: true });
await writeFile('bench/results.json', `${JSON.stringify({ passed, context, rows, measurements }, null, 2)}\n`);
const table = markdown(rows, context);
await writeFile('bench/results.md', table);
console.log(`\n${table}`);
log(passed ? 'every budget met' : `${rows.filter((row) => row.pass === false).length} budget(s) missed`);
process.exitCode = passed ? 0 : 1;
