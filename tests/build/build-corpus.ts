import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const projectRoot = join(import.meta.dirname, '../..');

// Vitest puts Vite's own variables in process.env (BASE_URL=/, MODE=test…); a child
// Astro build would take them over its config, so they are not passed on.
const VITE_VARIABLES = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);
const inheritedEnv = () => Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITE_VARIABLES.has(name)));

/**
 * Runs `astro build` over a corpus folder into a fresh temporary output folder.
 * @param env More environment for the build (`SITE_URL`, `BASE_PATH`).
 */
export function buildCorpus(corpusDir: string, env: Record<string, string> = {}) {
	const work = mkdtempSync(join(tmpdir(), 'review-corpus-build-'));
	const outDir = join(work, 'dist');
	const result = spawnSync(join(projectRoot, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
		cwd: projectRoot,
		env: { ...inheritedEnv(), ...env, CORPUS_DIR: corpusDir, ASTRO_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
		encoding: 'utf8',
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}
