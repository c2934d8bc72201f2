/**
 * What a built corpus costs its readers, measured with the benchmarks' library
 * (scripts/lib/bench/): `dist` served as a static host serves it, the weight at load of
 * a reading page and of the pages that grow with the corpus, and a first search opened
 * from the header's form (`/search/?q=film`), in Chromium.
 */
import { launchBrowser } from '../../lib/bench/browser.ts';
import { measureFirstSearch, type FirstSearch } from '../../lib/bench/first-search.ts';
import { measurePageWeight } from '../../lib/bench/page-weight.ts';
import { startStaticServer } from '../../lib/static-server.ts';
import { largestPage } from './dist-stats.ts';
import type { SizeResult } from './size-result.ts';

/** A common word: its first search reads the most the index holds. */
const QUERY = 'film';
/** At 10,000 texts the page counts its filters for seconds: a generous wait. */
const SEARCH_TIMEOUT_MS = 120_000;

export interface SiteMeasures {
	weights: SizeResult['weights'];
	firstSearch: FirstSearch | null;
}

export async function measureSite(
	dist: string,
	{ search, log }: { search: boolean; log: (message: string) => void },
): Promise<SiteMeasures> {
	const pages: Record<string, string | null> = {
		reading: '/texts/r00001-en/',
		home: '/',
		search: '/search/',
		people: '/people/',
		person: await largestPage(dist, 'people'),
		compareReview: await largestPage(dist, 'compare'),
	};
	const server = await startStaticServer({ root: dist, gzip: true });
	const browser = await launchBrowser();
	try {
		const weights: SizeResult['weights'] = {};
		for (const [key, path] of Object.entries(pages)) {
			const weight = path === null ? null : await measurePageWeight(browser, server, path);
			weights[key] = weight && { ...weight, requests: weight.requests.length };
		}
		let firstSearch: FirstSearch | null = null;
		if (search) {
			firstSearch = await measureFirstSearch(browser, server, { query: QUERY, start: 'url', timeoutMs: SEARCH_TIMEOUT_MS }).catch(
				(error: unknown) => {
					log(`the first search could not be measured: ${String(error)}`);
					return null;
				},
			);
		}
		return { weights, firstSearch };
	} finally {
		await browser.close();
		await server.stop();
	}
}
