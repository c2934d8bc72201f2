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
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { loadCorpus } from '../corpus/load-corpus.ts';
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
				const corpus = await loadCorpus(resolve(root, options.dir), root);
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

/** Indexes one language's records and writes its bundle; returns how many files it wrote. */
async function writeBundle(records: readonly SearchRecord[], outDir: string): Promise<number> {
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	for (const record of records) {
		const added = await index.addCustomRecord(record);
		if (added.errors.length > 0) throw new Error(`Pagefind rejected ${record.url}: ${added.errors.join('; ')}`);
	}
	const { files, errors: fileErrors } = await index.getFiles();
	if (fileErrors.length > 0) throw new Error(`Pagefind could not build the index: ${fileErrors.join('; ')}`);
	const kept = files.filter((file) => !UNUSED_FILE.test(file.path));
	for (const file of kept) {
		const path = join(outDir, file.path);
		await mkdir(dirname(path), { recursive: true });
		await writeFile(path, file.content);
	}
	await index.deleteIndex();
	return kept.length;
}
