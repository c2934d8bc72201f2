/**
 * The site's build, step by step, as `npm run build` runs it (scripts/build-site.ts) and
 * the scale benchmark times it: `astro build`, then the search index in a process of its
 * own (src/search/build-search-index.ts says why). Each step is the arguments of a
 * `node` command, its options first.
 */
import { resolve } from 'node:path';

export interface SiteBuildOptions {
	/** Another Astro config than the site's, relative to the project root. */
	config?: string;
}

/**
 * The most heap each step may take. V8's own limit (about 4.4 GB here, whatever the
 * machine has) is what a build of 100,000 texts would meet first: its pages hold about
 * 3 GB of corpus, alignments and Astro's paths. A limit it never reaches costs nothing; a
 * corpus past it stops with V8's "heap out of memory" instead of slowing down first.
 *
 * 7 GiB, not 6: at 100,000 texts under a 6 GiB cap the pages stage's CPU time grew as
 * n^1.18 from 10,000 texts, 984 s of it the collector's threads beyond the wall time,
 * since near its cap V8 collects more often and each full collection marks all the build
 * holds; under 7 GiB, n^1.10 and 387 s. 7 GiB (7.5 GB) keeps the whole build under the
 * 8 GB the scale benchmark allows (7.88 GB at 100,000 texts).
 */
export const HEAP_LIMIT_MB = 7168;

export function siteBuildSteps(root: string, outDir: string, { config }: SiteBuildOptions = {}): string[][] {
	const heap = `--max-old-space-size=${HEAP_LIMIT_MB}`;
	return [
		[heap, resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...(config ? ['--config', config] : []), '--outDir', outDir],
		[heap, resolve(root, 'src/search/build-search-index.ts'), '--outDir', outDir],
	];
}
