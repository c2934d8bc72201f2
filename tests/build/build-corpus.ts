import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll } from 'vitest';

export const projectRoot = join(import.meta.dirname, '../..');

// Vitest puts Vite's own variables in process.env (BASE_URL=/, MODE=test…); a child
// Astro build would take them over its config, so they are not passed on. Nor is
// NODE_ENV=test: with it, Vite builds with `import.meta.env.DEV` true, and the site then
// works out its names index and alignments again for every page, as `astro dev` must
// (5,000 texts: over 4 minutes instead of 40 s).
const VITE_VARIABLES = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']);
const inheritedEnv = () => Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITE_VARIABLES.has(name)));

// Builds go under the project, not the system's temporary folder: Astro prerenders pages
// from chunks written next to the output folder when it is inside the project, and into
// the project's shared `.astro/.prerender/` when it is not, where builds running at once
// (Vitest runs test files in parallel) delete each other's chunks ("Cannot find module
// …/.astro/.prerender/chunks/…"). Inside `node_modules/.cache`, so git and tools ignore them.
const buildsRoot = join(projectRoot, 'node_modules/.cache/review-corpus-builds');
const builds: string[] = [];
// Removing a large build (15,000 files for 5,000 texts) takes seconds on a busy machine.
afterAll(() => {
	for (const work of builds) rmSync(work, { recursive: true, force: true });
}, 120_000);

export interface BuildOptions {
	/** Kill the build after this many milliseconds (its `status` is then null). */
	timeout?: number;
}

/**
 * Builds a corpus folder as `npm run build` does (`scripts/build-site.ts`: `astro build`,
 * then the search index, swapped into place when both succeed), into a fresh output
 * folder, removed after the test file's tests.
 * @param env More environment for the build (`SITE_URL`, `BASE_PATH`).
 * @returns the exit status of the first step that failed, or 0 (null if killed), the
 *   whole output, the output folder and how long the build took.
 */
export function buildCorpus(corpusDir: string, env: Record<string, string> = {}, options: BuildOptions = {}) {
	mkdirSync(buildsRoot, { recursive: true });
	const work = mkdtempSync(join(buildsRoot, 'build-'));
	builds.push(work);
	const outDir = join(work, 'dist');
	const started = performance.now();
	const result = spawnSync(process.execPath, ['scripts/build-site.ts', '--outDir', outDir], {
		cwd: projectRoot,
		env: { ...inheritedEnv(), ...env, CORPUS_DIR: corpusDir, ASTRO_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
		encoding: 'utf8',
		// A build logs a line per page: thousands for a large corpus, past the default 1 MB.
		maxBuffer: 256 * 1024 * 1024,
		// SIGTERM, which the build passes on to the step it runs and then cleans up after.
		...(options.timeout === undefined ? {} : { timeout: options.timeout, killSignal: 'SIGTERM' as const }),
	});
	const ms = Math.round(performance.now() - started);
	const output = `${result.stdout}\n${result.stderr}${result.error ? `\n${String(result.error)}` : ''}`;
	return { status: result.status, output, outDir, ms };
}
