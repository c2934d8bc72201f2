import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PERFORMANCE_FILE, type RecordedEntry } from '../../../scripts/lib/bench/record-performance.ts';
import { summarizeEntries } from '../../../scripts/scale/lib/run-build.ts';

const RECORDER = resolve(import.meta.dirname, '../../../scripts/lib/bench/record-performance.ts');
const dir = mkdtempSync(join(tmpdir(), 'record-performance-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `code` in a Node process with the recorder imported; the entries it wrote. */
function record(code: string, env: Record<string, string> = {}): RecordedEntry[] {
	const script = join(dir, `script-${Math.random().toString(36).slice(2)}.mjs`);
	const file = join(dir, 'entries.jsonl');
	rmSync(file, { force: true });
	writeFileSync(script, code);
	execFileSync(process.execPath, ['--import', RECORDER, script], { env: { ...process.env, [PERFORMANCE_FILE]: file, ...env } });
	return readFileSync(file, 'utf8')
		.split('\n')
		.filter(Boolean)
		.map((line) => JSON.parse(line) as RecordedEntry);
}

describe('the performance recorder', () => {
	it('writes down every mark and measure of the process, with its detail, even when it exits at once', () => {
		const before = Date.now();
		const entries = record(`
			performance.mark('phase:start');
			const start = performance.now();
			performance.measure('stage', { start, detail: { count: 3 } });
			performance.measure('stage', { start });
			process.exit(0);
		`);
		expect(entries.map(({ name, type }) => [name, type])).toEqual([
			['phase:start', 'mark'],
			['stage', 'measure'],
			['stage', 'measure'],
		]);
		expect(entries[1]!.detail).toEqual({ count: 3 });
		expect(entries[0]!.start).toBeGreaterThanOrEqual(before - 1);
		expect(entries[0]!.start).toBeLessThanOrEqual(Date.now());
	});

	it('writes down the garbage collector’s pauses as measures named by their kind', () => {
		// Node reports a collection a moment after it ends, as it does marks and measures.
		const entries = record(`globalThis.gc(); await new Promise((resolve) => setTimeout(resolve, 20));`, { NODE_OPTIONS: '--expose-gc' });
		const pauses = entries.filter(({ name }) => name.startsWith('gc:'));
		expect(pauses.map(({ name, type }) => [name, type])).toContainEqual(['gc:major', 'measure']);
		expect(pauses.every(({ duration, detail }) => duration >= 0 && detail === undefined)).toBe(true);
	});
});

describe('summarizeEntries', () => {
	it('sums the measures of a name and keeps when each phase began', () => {
		const entry = (name: string, type: RecordedEntry['type'], start: number, duration = 0, detail?: unknown): RecordedEntry => ({
			name,
			type,
			start,
			duration,
			pid: 1,
			...(detail === undefined ? {} : { detail }),
		});
		const { measures, marks } = summarizeEntries([
			entry('astro:build:start', 'mark', 100),
			entry('vite:bundle-closed', 'mark', 200),
			entry('align:pair', 'measure', 300, 10),
			entry('vite:bundle-closed', 'mark', 250),
			entry('align:pair', 'measure', 320, 5),
			entry('search:build', 'measure', 400, 50, { records: 73 }),
			entry('astro:build:start', 'mark', 900),
		]);
		expect(marks).toEqual({ 'astro:build:start': 100, 'vite:bundle-closed': 250 });
		expect(measures['align:pair']).toEqual({ ms: 15, count: 2, start: 300, end: 325 });
		expect(measures['search:build']).toEqual({ ms: 50, count: 1, start: 400, end: 450, detail: { records: 73 } });
	});
});
