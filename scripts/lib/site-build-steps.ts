/**
 * The site's build, step by step, as `npm run build` runs it (scripts/build-site.ts) and
 * the scale benchmark times it: `astro build`, then the search index in a process of its
 * own (src/search/build-search-index.ts says why). Each step is the arguments of a
 * `node` command.
 */
import { resolve } from 'node:path';

export interface SiteBuildOptions {
	/** Another Astro config than the site's, relative to the project root. */
	config?: string;
}

export function siteBuildSteps(root: string, outDir: string, { config }: SiteBuildOptions = {}): string[][] {
	return [
		[resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...(config ? ['--config', config] : []), '--outDir', outDir],
		[resolve(root, 'src/search/build-search-index.ts'), '--outDir', outDir],
	];
}
