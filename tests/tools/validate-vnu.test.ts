import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function site(html: string): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'vnu-'));
	made.push(dir);
	writeFileSync(path.join(dir, 'index.html'), html);
	return dir;
}
const page = (body: string, after = '') =>
	`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>${after}`;
const run = (dir: string) => spawnSync(process.execPath, ['scripts/validate-vnu.ts', dir], { cwd: ROOT, encoding: 'utf8' });

describe('scripts/validate-vnu.ts (the W3C Nu HTML Checker)', () => {
	it('passes a valid page', () => {
		const result = run(site(page('<p>Fine.</p>')));
		expect(result.stdout.trim()).toBe('validate-vnu: OK: 1 pages, 0 errors');
		expect(result.status).toBe(0);
	}, 60_000);

	it('finds the script after </html> that browsers repair without a word, naming file, line and column', () => {
		const dir = site(page('<p>Fine.</p>', '<script type="module" src="/a.js"></script>'));
		const result = run(dir);
		expect(result.stderr).toMatch(/index\.html:1:\d+ {2}Stray start tag “script”/);
		expect(result.stdout.trim()).toMatch(/^validate-vnu: FAILED: 1 pages, [1-9]\d* errors$/);
		expect(result.status).toBe(1);
	}, 60_000);
});
