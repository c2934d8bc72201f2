/**
 * A site to search a large index with: the pages of a built site (the default corpus's
 * `dist/`, whose search page, script and names index are the same at any size) linked
 * into a folder beside the large corpus's `search-index/`. Result links lead to reading
 * pages that were not built; the search itself is the site's.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, symlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** Links every entry of `dist` but its `search-index/` into `siteDir`, which keeps its own index. */
export async function linkSite(dist: string, siteDir: string): Promise<void> {
	if (!existsSync(join(dist, 'search', 'index.html'))) throw new Error(`No built site in ${dist}: run \`npm run build\` first.`);
	await mkdir(siteDir, { recursive: true });
	for (const entry of await readdir(siteDir))
		if (entry !== 'search-index') await rm(join(siteDir, entry), { recursive: true, force: true });
	for (const entry of await readdir(dist)) {
		if (entry !== 'search-index') await symlink(resolve(dist, entry), join(siteDir, entry));
	}
}
