/**
 * A build that fails or is killed leaves the last good site exactly as it was
 * (`scripts/build-site.ts` builds into `<outDir>.next/` and swaps it in at the end).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from './build-corpus.ts';
import { manyTexts, writeCorpus } from './hostile-corpora.ts';

mkdirSync(join(projectRoot, 'node_modules/.cache'), { recursive: true });
const work = mkdtempSync(join(projectRoot, 'node_modules/.cache/last-good-site-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const outDir = join(work, 'dist');
const env = (corpus: string) => ({
	...process.env,
	CORPUS_DIR: corpus,
	ASTRO_CACHE_DIR: join(work, 'cache'),
	ASTRO_TELEMETRY_DISABLED: '1',
	NODE_ENV: 'production',
});
const build = (corpus: string) =>
	spawnSync(process.execPath, ['scripts/build-site.ts', '--outDir', outDir], {
		cwd: projectRoot,
		env: env(corpus),
		encoding: 'utf8',
		timeout: 120_000,
	});

/** Every file under the output folder with the SHA-256 of its bytes. */
function snapshot(dir: string): Record<string, string> {
	return Object.fromEntries(
		readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => {
				const path = join(entry.parentPath, entry.name);
				return [relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex')];
			})
			.sort(([a], [b]) => a!.localeCompare(b!)),
	);
}

const good = writeCorpus('last-good', manyTexts(4));

describe('the last good site survives', () => {
	let before: Record<string, string>;

	it('builds a site to keep', () => {
		const result = build(good);
		expect(result.status, result.stderr.slice(-2000)).toBe(0);
		before = snapshot(outDir);
		expect(Object.keys(before)).toContain('index.html');
		expect(Object.keys(before)).toContain('search-index/manifest.json');
	}, 125_000);

	it('a build that fails, naming file and field, leaves it exactly as it was', () => {
		// 3,000 nested quotes in 6 KB once overflowed the stack while pages were written.
		const broken = writeCorpus('nested-quotes', manyTexts(2));
		const manifest = join(broken, 'corpus.yaml');
		writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/^description: .*$/m, `description: '${'> '.repeat(3000)}x'`));
		const result = build(broken);
		expect(result.status).not.toBe(0);
		expect(result.stderr + result.stdout).toContain(
			'corpus.yaml › description: nests quotes or lists 3,000 levels deep, more than the 32 allowed',
		);
		expect(snapshot(outDir)).toEqual(before);
		expect(existsSync(`${outDir}.next`)).toBe(false);
	}, 125_000);

	it('a build killed while writing the search index leaves it exactly as it was, and the next build cleans up', async () => {
		const child = spawn(process.execPath, ['scripts/build-site.ts', '--outDir', outDir], {
			cwd: projectRoot,
			env: env(good),
			detached: true,
			stdio: 'ignore',
		});
		const exited = new Promise((done) => child.once('exit', done));
		// Killed, with everything it started, as soon as the index's folder appears.
		for (let waited = 0; !existsSync(join(`${outDir}.next`, 'search-index')); waited += 5) {
			if (waited > 120_000) throw new Error('the build never reached its search index');
			await sleep(5);
		}
		process.kill(-child.pid!, 'SIGKILL');
		await exited;
		expect(snapshot(outDir)).toEqual(before);

		const result = build(good);
		expect(result.status, result.stderr.slice(-2000)).toBe(0);
		expect(existsSync(`${outDir}.next`)).toBe(false);
		expect(existsSync(`${outDir}.previous`)).toBe(false);
	}, 250_000);
});
