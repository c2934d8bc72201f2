/**
 * Whether a build wrote every page and data file its corpus calls for, and indexed every
 * text: at 100,000 texts no one opens a million files to see, and a build that stops
 * short must not pass for a fast one. What is expected comes from the site's own data
 * contract (`/data/corpus.json` lists every text and pair with its URLs) and the site's
 * URL scheme (`src/site/urls.ts`) for the pages it does not list.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createUrls } from '../../../src/site/urls.ts';
import type { IndexManifest } from '../../../src/search/index-format.ts';

export interface SiteCompleteness {
	/** Texts that `corpus.json` lists. */
	texts: number;
	/** Files that should be there (pages and data files), and how many are not. */
	expected: number;
	missing: number;
	/** The first few missing files, for the log. */
	firstMissing: string[];
	/** Texts in the search index's manifest (null when there is no index). */
	indexedTexts: number | null;
}

interface PublishedCorpus {
	texts: { id: string; review: string; url: string; raw: string; data: string }[];
	alignments: { url: string; data: string; tmx: string; qa: string }[];
}

/** The file a URL of a site built at the root is served from. */
const fileOf = (dist: string, url: string) => join(dist, url.endsWith('/') ? `${url}index.html` : url);

export function siteCompleteness(dist: string): SiteCompleteness {
	const corpus = JSON.parse(readFileSync(join(dist, 'data', 'corpus.json'), 'utf8')) as PublishedCorpus;
	const { sourceViewUrl, parallelUrl, compareReviewUrl } = createUrls('/');
	const urls: string[] = [];
	for (const text of corpus.texts) urls.push(text.url, text.raw, text.data, sourceViewUrl(text.id));
	for (const alignment of corpus.alignments) urls.push(alignment.url, alignment.data, alignment.tmx, alignment.qa);
	for (const [review, texts] of Map.groupBy(corpus.texts, (text) => text.review)) {
		if (texts.length > 1) urls.push(compareReviewUrl(review));
		for (const text of texts) for (const other of texts) if (other !== text) urls.push(parallelUrl(text.id, other.id));
	}
	const missing = urls.filter((url) => !existsSync(fileOf(dist, url)));
	const manifestFile = join(dist, 'search-index', 'manifest.json');
	const manifest = existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as IndexManifest) : null;
	return {
		texts: corpus.texts.length,
		expected: urls.length,
		missing: missing.length,
		firstMissing: missing.slice(0, 5),
		indexedTexts: manifest?.texts ?? null,
	};
}
