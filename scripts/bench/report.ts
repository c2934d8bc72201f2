/**
 * Turns the measurements into the budget table (one row per figure) and the notes that
 * say why a budget is missed: the heaviest requests, the JavaScript requested, the
 * failing Lighthouse audits. Pure: no I/O.
 */
import type { FirstSearch } from '../lib/bench/first-search.ts';
import { formatBytes, formatMs, markdownTable } from '../lib/bench/format.ts';
import type { PageWeight } from '../lib/bench/page-weight.ts';
import { groupRequests } from '../lib/bench/request-groups.ts';
import type { Served } from '../lib/static-server.ts';
import type { BuildTiming } from './build.ts';
import * as budget from './budgets.ts';
import type { LighthouseResult } from './lighthouse.ts';

export interface Measurements {
	build: BuildTiming;
	pages: { label: string; typical: string; weight: PageWeight; limit: number; noScript: boolean }[];
	/** The first search, typed key by key, and typed then Enter. */
	search: { typed: FirstSearch; enter: FirstSearch };
	lighthouse: LighthouseResult[];
}

export interface Row {
	figure: string;
	measured: string;
	budget: string;
	/** null: shown for information, judged by no budget. */
	pass: boolean | null;
	typical: string;
	/** Why it misses, when it does. */
	causes: string[];
}

export function budgetRows(m: Measurements): Row[] {
	const rows: Row[] = [];
	const build = m.build.medianWallMs;
	rows.push({
		figure: `Build of the default corpus, wall (median of ${m.build.runs.length})`,
		measured: `${(build / 1000).toFixed(1)} s`,
		budget: `≤ ${budget.BUILD_MS / 1000} s`,
		pass: build <= budget.BUILD_MS,
		typical: budget.BUILD_TYPICAL,
		causes: m.build.runs.map(
			(run, i) =>
				`run ${i + 1}${i === 0 ? ' (cold cache)' : ''}: ${(run.wallMs / 1000).toFixed(1)} s wall; Astro reports ${run.astroMs === null ? '?' : `${(run.astroMs / 1000).toFixed(2)} s`}, the search index ${run.searchIndexMs ?? '?'} ms`,
		),
	});
	for (const page of m.pages) {
		const { weight } = page;
		const heavy = weight.bytes > page.limit;
		const scripted = page.noScript && weight.scripts.length > 0;
		rows.push({
			figure: `${page.label}: at load, gzipped${page.noScript ? ', JavaScript' : ''}`,
			measured: `${formatBytes(weight.bytes)}${page.noScript ? `, ${weight.scripts.length === 0 ? 'no JS' : `${weight.scripts.length} JS`}` : ''}`,
			budget: `≤ ${formatBytes(page.limit)}${page.noScript ? ', no JS' : ''}`,
			pass: !heavy && !scripted,
			typical: page.typical,
			causes: [...(heavy ? [heaviest(weight.requests)] : []), ...(scripted ? [`JavaScript requested: ${weight.scripts.join(', ')}`] : [])],
		});
	}
	const { typed, enter } = m.search;
	rows.push({
		figure: `First search (“${typed.query}”): transferred from focus until the search is done, gzipped, web workers included`,
		measured: formatBytes(typed.bytes),
		budget: `≤ ${formatBytes(budget.SEARCH_BYTES)}`,
		pass: typed.bytes <= budget.SEARCH_BYTES,
		typical: budget.SEARCH_TYPICAL.bytes,
		causes: typed.bytes > budget.SEARCH_BYTES ? [byGroup(typed.requests)] : [],
	});
	rows.push({
		figure: `First search: last keystroke → first result, with the page's 40 ms typing pause (median of ${typed.runs.length})`,
		measured: formatMs(typed.firstResultMs),
		budget: `≤ ${budget.SEARCH_MS} ms`,
		pass: typed.firstResultMs <= budget.SEARCH_MS,
		typical: budget.SEARCH_TYPICAL.ms,
		causes:
			typed.firstResultMs > budget.SEARCH_MS
				? [
						`the page waits 40 ms after the last key before it searches, then the search takes ${formatMs(enter.firstResultMs)} (the row below)`,
					]
				: [],
	});
	rows.push({
		figure: `First search: Enter's keydown → first result, no pause (median of ${enter.runs.length})`,
		measured: formatMs(enter.firstResultMs),
		budget: 'information',
		pass: null,
		typical: '—',
		causes: [],
	});
	for (const result of m.lighthouse) {
		const scores = Object.values(result.scores);
		rows.push({
			figure: `Lighthouse mobile \`${result.path}\`: performance · accessibility · best practices · SEO`,
			measured: scores.join(' · '),
			budget: `${budget.LIGHTHOUSE_SCORE} each`,
			pass: scores.every((score) => score >= budget.LIGHTHOUSE_SCORE),
			typical: budget.LIGHTHOUSE_TYPICAL,
			causes: result.failed.map(
				(audit) =>
					`${audit.category}: \`${audit.id}\` (${audit.title}) scores ${audit.score}${audit.displayValue ? `, ${audit.displayValue}` : ''}${audit.items.length > 0 ? `: ${audit.items.join('; ')}` : ''}`,
			),
		});
	}
	return rows;
}

/** The requests, heaviest first: what to cut. */
function heaviest(requests: readonly Served[]): string {
	const sorted = [...requests].sort((a, b) => b.bytes - a.bytes);
	return `requests: ${sorted.map((served) => `${served.url} ${formatBytes(served.bytes)}`).join(', ')}`;
}

/** The first search's bytes grouped by what they are, heaviest first. */
function byGroup(requests: readonly Served[]): string {
	return `requests: ${groupRequests(requests)
		.map(({ group, requests, bytes }) => `${group} ×${requests} ${formatBytes(bytes)}`)
		.join(', ')}`;
}

const verdict = (pass: boolean | null) => (pass === null ? 'info' : pass ? 'pass' : '**FAIL**');

export function markdown(rows: readonly Row[], context: string[]): string {
	const lines = [
		'# Benchmark',
		'',
		...context.map((line) => `- ${line}`),
		'',
		...markdownTable(
			['figure', 'measured', 'budget', 'result', 'typical alternative'],
			rows.map((row) => [row.figure, row.measured, row.budget, verdict(row.pass), row.typical]),
		),
	];
	const notes = rows.filter((row) => row.causes.length > 0);
	if (notes.length > 0) {
		lines.push('', '## Details and causes', '');
		for (const row of notes) {
			lines.push(`- **${row.figure}** (${verdict(row.pass)}):`, ...row.causes.map((cause) => `  - ${cause}`));
		}
	}
	return `${lines.join('\n')}\n`;
}
