/**
 * Writes the search index: one Pagefind bundle, for every language (`analyze.ts` says
 * why one), from the search records.
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchRecord } from './search-records.ts';

// Pagefind writes its prebuilt UIs and its web worker into the bundle; the site has its
// own search page, which searches without a worker, so they are left out of dist/.
const UNUSED_FILE = /^pagefind-(?:component-ui|modular-ui|ui|highlight|worker)\.(?:js|css)$/;

/**
 * Indexes `records` and writes the bundle to `outDir`; returns how many files it wrote.
 * Pagefind writes the files itself (`writeFiles`): handing them to Node (`getFiles`) and
 * writing them one by one took longer than indexing (one fragment file per sentence).
 */
export async function writeSearchIndex(records: readonly SearchRecord[], outDir: string): Promise<number> {
	try {
		const { index, errors } = await pagefind.createIndex({});
		if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		for (const record of records) {
			const added = await index.addCustomRecord(record);
			if (added.errors.length > 0) throw new Error(`Pagefind rejected ${record.url}: ${added.errors.join('; ')}`);
		}
		const written = await index.writeFiles({ outputPath: outDir });
		if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
		await index.deleteIndex();
	} finally {
		await pagefind.close();
	}
	for (const name of await readdir(outDir)) {
		if (UNUSED_FILE.test(name)) await rm(join(outDir, name));
	}
	return (await readdir(outDir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).length;
}
