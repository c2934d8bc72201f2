/**
 * Builds the search index after Astro has written the site: one Pagefind bundle per
 * language at `/pagefind/<lang>/`, each stemming its own language, searched together
 * by the search page. This is the only place the index is built.
 *
 * Why one bundle per language: Pagefind stems a query with the primary index's
 * language, so a single index forced to English misses Spanish inflections
 * (`volar` → `volando`), and a merged second language (`mergeIndex`) loses phrase
 * search in that language. Separate instances keep both.
 */
import { readdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { readCorpusOnce } from '../loaders/read-corpus-once.ts';
import { buildSearchRecords, type SearchRecord } from '../search/search-records.ts';
import { createUrls } from '../site/urls.ts';
import { recordStage } from './build-timings.ts';

export interface SearchIndexOptions {
	/** The corpus folder, relative to the project root. */
	dir: string;
}

// Pagefind writes its prebuilt UIs into every bundle; the site has its own search page
// and never loads them, so they are left out of dist/.
const UNUSED_FILE = /^pagefind-(?:component-ui|modular-ui|ui|highlight)\.(?:js|css)$/;

export function searchIndex(options: SearchIndexOptions): AstroIntegration {
	let root = process.cwd();
	let urls = createUrls('/');
	return {
		name: 'review-corpus:search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
				urls = createUrls(config.base);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				// The corpus the collections were loaded from, unless this process has not read it.
				const corpus = await readCorpusOnce(resolve(root, options.dir), root);
				const records = buildSearchRecords(corpus, (text, i) => text.data.reading[i]!, urls.textUrl);
				const indexing = performance.now();
				const recordCount = [...records.values()].reduce((sum, list) => sum + list.length, 0);
				recordStage('search:records', indexing - started, { records: recordCount });
				try {
					for (const [language, languageRecords] of records) {
						// dist/ is the site's base: the bundle's folder there is the URL without the base.
						const folder = `pagefind/${language}/`;
						const count = await writeBundle(languageRecords, join(fileURLToPath(dir), folder));
						logger.info(`${language}: ${languageRecords.length} sentences indexed, ${count} files in ${folder}`);
					}
				} finally {
					await pagefind.close();
				}
				recordStage('search:index', performance.now() - indexing, { records: recordCount });
				logger.info(`Search index built in ${Math.round(performance.now() - started)} ms`);
			},
		},
	};
}

/**
 * Indexes one language's records and writes its bundle; returns how many files it wrote.
 * Pagefind writes the files itself (`writeFiles`): handing them to Node (`getFiles`) and
 * writing them one by one took longer than indexing (one fragment file per sentence).
 */
async function writeBundle(records: readonly SearchRecord[], outDir: string): Promise<number> {
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	for (const record of records) {
		const added = await index.addCustomRecord(record);
		if (added.errors.length > 0) throw new Error(`Pagefind rejected ${record.url}: ${added.errors.join('; ')}`);
	}
	const written = await index.writeFiles({ outputPath: outDir });
	if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
	await index.deleteIndex();
	for (const name of await readdir(outDir)) {
		if (UNUSED_FILE.test(name)) await rm(join(outDir, name));
	}
	return (await readdir(outDir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).length;
}
