import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as budget from '../../../scripts/bench/budgets.ts';
import { budgetRows, markdown, type Measurements } from '../../../scripts/bench/report.ts';

/** A real run's figures (tests/fixtures/bench/measurements.json says which). */
function measured(): Measurements {
	return JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/bench/measurements.json'), 'utf8')) as Measurements;
}

const failing = (m: Measurements) => budgetRows(m).filter((row) => row.pass === false);
const rowOf = (m: Measurements, figure: RegExp) => budgetRows(m).find((row) => figure.test(row.figure))!;

describe('budgetRows', () => {
	it('passes a run within every budget, each page and search figure under its limit', () => {
		const m = measured();
		const rows = budgetRows(m);
		expect(failing(m)).toEqual([]);
		// One row for the build, each page, the search (bytes, typed, Enter) and each Lighthouse page.
		expect(rows).toHaveLength(1 + m.pages.length + 3 + m.lighthouse.length);
		expect(rowOf(m, /^First search \(/).measured).toBe('15.1 KB');
		expect(rowOf(m, /Enter's keydown/).pass).toBeNull();
	});

	it('fails a build over its budget', () => {
		const m = measured();
		m.build.medianWallMs = budget.BUILD_MS + 1;
		expect(failing(m).map((row) => row.figure)).toEqual([expect.stringMatching(/^Build of the default corpus/)]);
	});

	it('fails a light page over its weight, naming its heaviest requests', () => {
		const m = measured();
		const page = m.pages[0]!;
		page.weight.bytes = page.limit + 1;
		const [row, ...others] = failing(m);
		expect(others).toEqual([]);
		expect(row!.figure).toContain(page.label);
		expect(row!.causes[0]).toMatch(/^requests: \/texts\/a-en\/ /);
	});

	it('fails a page that must load no JavaScript when it loads some, even under its weight', () => {
		const m = measured();
		m.pages[0]!.weight.scripts = ['/_astro/page.js'];
		const [row] = failing(m);
		expect(row!.measured).toMatch(/1 JS$/);
		expect(row!.causes).toEqual(['JavaScript requested: /_astro/page.js']);
	});

	it('fails a first search over its bytes, grouping them by what they are', () => {
		const m = measured();
		m.search.typed.bytes = budget.SEARCH_BYTES + 1;
		const [row, ...others] = failing(m);
		expect(others).toEqual([]);
		expect(row!.causes[0]).toMatch(/\/search-index\/reviews\/\* ×2 8\.4 KB/);
	});

	it('fails a first search slower than its budget after the last key, and not for Enter alone', () => {
		const m = measured();
		m.search.typed.firstResultMs = budget.SEARCH_MS + 1;
		m.search.enter.firstResultMs = 10 * budget.SEARCH_MS;
		const [row, ...others] = failing(m);
		expect(others).toEqual([]);
		expect(row!.figure).toMatch(/last keystroke/);
		expect(row!.causes[0]).toMatch(/then the search takes 1200 ms/);
	});

	it('fails a Lighthouse score under 100, with the audits that cost it', () => {
		const m = measured();
		const page = m.lighthouse[0]!;
		page.scores.performance = 99;
		page.failed = [{ category: 'performance', id: 'largest-contentful-paint', title: 'Largest Contentful Paint', score: 0.9, items: [] }];
		const [row] = failing(m);
		expect(row!.measured).toBe('99 · 100 · 100 · 100');
		expect(row!.causes).toEqual(['performance: `largest-contentful-paint` (Largest Contentful Paint) scores 0.9']);
	});

	it('writes the table with a result per row and the causes of a miss', () => {
		const m = measured();
		m.build.medianWallMs = budget.BUILD_MS + 1;
		const table = markdown(budgetRows(m), ['a context line']);
		expect(table).toContain('| figure | measured | budget | result | typical alternative |');
		expect(table.match(/\| \*\*FAIL\*\* \|/g)).toHaveLength(1);
		expect(table).toContain('## Details and causes');
	});
});
