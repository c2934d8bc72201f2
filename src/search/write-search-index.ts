/**
 * Writes the search index: its bundles (`search-bundles.ts`), one after another, each
 * a Pagefind bundle for every language (`analyze.ts` says why one per language is not
 * needed).
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchRecord } from './search-records.ts';

// Pagefind writes its prebuilt UIs and its web worker into the bundle; the site has its
// own search page, which searches without a worker, so they are left out of dist/.
const UNUSED_FILE = /^pagefind-(?:component-ui|modular-ui|ui|highlight|worker)\.(?:js|css)$/;

export interface BundleRecords {
	/** The bundle's number: it is written to `<outDir>/<number>/`. */
	number: number;
	/** Its records, in order. Each is let go (the slot emptied) once Pagefind has it. */
	records: (SearchRecord | undefined)[];
}

/**
 * Indexes each bundle's records and writes it under `outDir`; returns how many files
 * were written. A bundle's index is deleted from Pagefind's indexer before the next
 * one starts, so the indexer only ever holds one bundle.
 *
 * Pagefind writes the files itself (`writeFiles`): handing them to Node (`getFiles`) and
 * writing them one by one took longer than indexing (one fragment file per sentence).
 */
export async function writeSearchIndex(bundles: readonly BundleRecords[], outDir: string): Promise<number> {
	let files = 0;
	try {
		for (const bundle of bundles) files += await writeBundle(bundle, join(outDir, String(bundle.number)));
	} finally {
		await pagefind.close();
	}
	return files;
}

async function writeBundle({ records }: BundleRecords, bundleDir: string): Promise<number> {
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	for (let i = 0; i < records.length; i++) {
		const record = records[i]!;
		// This process keeps nothing Pagefind's indexer (the build's largest process) holds.
		records[i] = undefined;
		const added = await index.addCustomRecord(record);
		if (added.errors.length > 0) throw new Error(`Pagefind rejected ${record.url}: ${added.errors.join('; ')}`);
	}
	const written = await index.writeFiles({ outputPath: bundleDir });
	if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
	await index.deleteIndex();
	for (const name of await readdir(bundleDir)) {
		if (UNUSED_FILE.test(name)) await rm(join(bundleDir, name));
	}
	return (await readdir(bundleDir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).length;
}
