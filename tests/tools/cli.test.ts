import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = 'tests/fixtures/dist-checks';

/** Runs a script the way npm scripts do, with the same Node as the tests. */
function run(script: string, distDir: string) {
	// The fixtures' own origin, whatever SITE_URL the shell has for its builds.
	const env = { ...process.env, SITE_URL: 'http://127.0.0.1:4321' };
	const result = spawnSync(process.execPath, [script, distDir], { cwd: ROOT, encoding: 'utf8', env });
	return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('scripts/check-links.ts', () => {
	it('prints a summary and exits 0 when every link works', () => {
		const { code, out } = run('scripts/check-links.ts', `${FIXTURES}/good`);
		expect(out.trim()).toBe('check-links: OK: 4 pages, 24 internal links, 6 anchors, 4 external links');
		expect(code).toBe(0);
	});

	it('prints `page → url: reason` lines and exits 1 on broken links', () => {
		const { code, err } = run('scripts/check-links.ts', `${FIXTURES}/broken`);
		expect(err).toContain('/ → /texts/a-en/#nope: no element with id="nope" on /texts/a-en/ (a[href])\n');
		expect(err).toContain('/ → "": empty URL (img[src])\n');
		expect(err.trim().split('\n').at(-1)).toMatch(/^check-links: 13 broken \(/);
		expect(code).toBe(1);
	});

	it('fails when there is no build', () => {
		const { code, err } = run('scripts/check-links.ts', `${FIXTURES}/does-not-exist`);
		expect(err).toContain('build the site first');
		expect(code).toBe(1);
	});
});

describe('src/search/build-search-index.ts', () => {
	const index = (outDir: string, corpusDir = 'content') => {
		const result = spawnSync(process.execPath, ['src/search/build-search-index.ts', '--outDir', outDir], {
			cwd: ROOT,
			encoding: 'utf8',
			env: { ...process.env, CORPUS_DIR: corpusDir },
		});
		return { code: result.status, err: result.stderr };
	};

	it('refuses a folder that holds no built site', () => {
		const { code, err } = index(`${FIXTURES}/does-not-exist`);
		expect(err).toContain('No built site in');
		expect(err).toContain('`npm run build` runs both');
		expect(code).toBe(1);
	});

	it('names the broken file and removes the half-built site when the corpus cannot be read', () => {
		const outDir = mkdtempSync(path.join(tmpdir(), 'search-index-'));
		writeFileSync(path.join(outDir, 'index.html'), '<!doctype html><title>x</title>');
		const { code, err } = index(outDir, 'tests/fixtures/corpora/missing-file');
		expect(err).toContain('The search index could not be built');
		expect(err).toContain('missing.txt › texts[1].source: file "missing.txt" not found');
		expect(code).toBe(1);
		expect(existsSync(outDir)).toBe(false);
	});
});
