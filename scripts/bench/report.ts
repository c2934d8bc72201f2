/**
 * Turns the measurements into the budget table (one row per figure) and the notes that
 * say why a budget is missed: the heaviest requests, the JavaScript requested, the
 * failing Lighthouse audits. Pure: no I/O.
 */
import type { BuildTiming } from './build.ts';
import * as budget from './budgets.ts';
import type { FirstSearch } from './first-search.ts';
import type { LighthouseResult } from './lighthouse.ts';
import type { PageWeight } from './page-weight.ts';
import type { Served } from './serve.ts';

export interface Measurements {
  build: BuildTiming;
  pages: { label: string; typical: string; weight: PageWeight; limit: number; noScript: boolean }[];
  search: FirstSearch;
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

const kb = (bytes: number) => `${(bytes / budget.KB).toFixed(1)} KB`;
const ms = (value: number) => `${Math.round(value)} ms`;

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
      measured: `${kb(weight.bytes)}${page.noScript ? `, ${weight.scripts.length === 0 ? 'no JS' : `${weight.scripts.length} JS`}` : ''}`,
      budget: `≤ ${kb(page.limit)}${page.noScript ? ', no JS' : ''}`,
      pass: !heavy && !scripted,
      typical: page.typical,
      causes: [...(heavy ? [heaviest(weight.requests)] : []), ...(scripted ? [`JavaScript requested: ${weight.scripts.join(', ')}`] : [])],
    });
  }
  const { search } = m;
  rows.push({
    figure: `First search (“${search.query}”): transferred from focus to first result, gzipped, web workers included`,
    measured: kb(search.bytes),
    budget: `≤ ${kb(budget.SEARCH_BYTES)}`,
    pass: search.bytes <= budget.SEARCH_BYTES,
    typical: budget.SEARCH_TYPICAL.bytes,
    causes: search.bytes > budget.SEARCH_BYTES ? [byKind(search.requests)] : [],
  });
  rows.push({
    figure: `First search: last keystroke → first result, with the page's 40 ms typing pause (median of ${search.runs.length / 2})`,
    measured: ms(search.medianMs.typed),
    budget: `≤ ${budget.SEARCH_MS} ms`,
    pass: search.medianMs.typed <= budget.SEARCH_MS,
    typical: budget.SEARCH_TYPICAL.ms,
    causes:
      search.medianMs.typed > budget.SEARCH_MS
        ? [`the page waits 40 ms after the last key before it searches, then the search takes ${ms(search.medianMs.enter)} (the row below)`]
        : [],
  });
  rows.push({
    figure: `First search: Enter's keydown → first result, no pause (median of ${search.runs.length / 2})`,
    measured: ms(search.medianMs.enter),
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
  return `requests: ${sorted.map((served) => `${served.url} ${kb(served.bytes)}`).join(', ')}`;
}

/** The first search's bytes grouped by what they are, heaviest first. */
function byKind(requests: readonly Served[]): string {
  const kinds = new Map<string, { bytes: number; count: number }>();
  for (const served of requests) {
    const kind = served.url
      .replace(/\?.*$/, '')
      .replace(/\/search-index\/(reviews|[a-z]{2})\/[^/]+$/, '/search-index/$1/*');
    const entry = kinds.get(kind) ?? { bytes: 0, count: 0 };
    entry.bytes += served.bytes;
    entry.count += 1;
    kinds.set(kind, entry);
  }
  return `requests: ${[...kinds]
    .sort((a, b) => b[1].bytes - a[1].bytes)
    .map(([kind, { bytes, count }]) => `${kind} ×${count} ${kb(bytes)}`)
    .join(', ')}`;
}

const verdict = (pass: boolean | null) => (pass === null ? 'info' : pass ? 'pass' : '**FAIL**');

export function markdown(rows: readonly Row[], context: string[]): string {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  const lines = [
    '# Benchmark',
    '',
    ...context.map((line) => `- ${line}`),
    '',
    '| figure | measured | budget | result | typical alternative |',
    '|---|---|---|---|---|',
    ...rows.map((row) => `| ${[row.figure, row.measured, row.budget, verdict(row.pass), row.typical].map(escape).join(' | ')} |`),
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
