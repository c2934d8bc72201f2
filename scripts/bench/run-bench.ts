/**
 * `npm run bench`: builds the site, serves it, measures it against the budgets of the
 * issue "Fast, light and hard to break", writes bench/results.json and
 * bench/results.md, prints the table, and exits 1 when a budget is missed.
 *
 * Environment: CHROME_PATH (default /usr/bin/chromium), BENCH_BUILD_RUNS (default 3),
 * BENCH_SEARCH_RUNS (default 5 per way of searching), BENCH_QUERY (default Urusevsky).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { launchBrowser } from '../lib/bench/browser.ts';
import { KEY_INTERVAL_MS, measureFirstSearch } from '../lib/bench/first-search.ts';
import { measurePageWeight } from '../lib/bench/page-weight.ts';
import { startStaticServer } from '../lib/static-server.ts';
import { timeBuilds } from './build.ts';
import * as budget from './budgets.ts';
import { runLighthouse } from './lighthouse.ts';
import { budgetRows, markdown, type Measurements } from './report.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
// Everything the bench builds or keeps for inspection: ignored by git (bench/.gitignore).
const OUT = 'bench/out';
const DIST = `${OUT}/dist`;
const BUILD_RUNS = Number(process.env['BENCH_BUILD_RUNS'] ?? 3);
const SEARCH_RUNS = Number(process.env['BENCH_SEARCH_RUNS'] ?? 5);
const QUERY = process.env['BENCH_QUERY'] ?? 'Urusevsky';

process.chdir(ROOT);
const log = (message: string) => console.log(`bench: ${message}`);

log(`building the default corpus ${BUILD_RUNS}× into ${DIST}…`);
const build = await timeBuilds(DIST, `${OUT}/cache`, BUILD_RUNS);

const server = await startStaticServer({ root: path.resolve(DIST), gzip: true });
let measurements: Measurements;
let chromiumVersion = '';
try {
	const browser = await launchBrowser();
	chromiumVersion = browser.version();
	try {
		const pages: Measurements['pages'] = [];
		const measured = [
			...budget.LIGHT_PAGES.map((page) => ({ ...page, limit: budget.LIGHT_PAGE_BYTES, noScript: true })),
			{ ...budget.PARALLEL_PAGE, limit: budget.PARALLEL_PAGE_BYTES, noScript: true },
			{ ...budget.COMPARE_PAGE, limit: budget.COMPARE_PAGE_BYTES, noScript: false },
		];
		for (const page of measured) {
			log(`loading ${page.path}…`);
			pages.push({ ...page, weight: await measurePageWeight(browser, server, page.path) });
		}
		log(`searching “${QUERY}” on ${SEARCH_RUNS * 2} fresh loads…`);
		const search = {
			typed: await measureFirstSearch(browser, server, { query: QUERY, start: 'typed', runs: SEARCH_RUNS }),
			enter: await measureFirstSearch(browser, server, { query: QUERY, start: 'enter', runs: SEARCH_RUNS }),
		};
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
	`load average at the end: ${loadavg()
		.map((load) => load.toFixed(1))
		.join(' ')}`,
	'served as a static host serves it (scripts/lib/static-server.ts: `_headers` applied, text gzipped at level 9, the search index’s JSON included); sizes are response bodies as sent, headers excluded, 1 KB = 1000 bytes',
	'page loads: fresh context, navigation until network idle (500 ms without a request); first search: every response from focusing the field until the search is done (its status line written), web workers included',
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
