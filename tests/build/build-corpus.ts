import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const projectRoot = join(import.meta.dirname, '../..');

/** Runs `astro build` over a corpus folder into a fresh temporary output folder. */
export function buildCorpus(corpusDir: string) {
	const work = mkdtempSync(join(tmpdir(), 'review-corpus-build-'));
	const outDir = join(work, 'dist');
	const result = spawnSync(join(projectRoot, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
		cwd: projectRoot,
		env: { ...process.env, CORPUS_DIR: corpusDir, ASTRO_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
		encoding: 'utf8',
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}
