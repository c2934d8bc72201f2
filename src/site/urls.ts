/**
 * Where things are published: the one place that knows the site's URL layout. Every
 * URL is under the site's base path (`/`, or e.g. `/corpus/` when the site is deployed
 * under a subpath with BASE_PATH), so pages, data files and search links move with it.
 */
import { pairId } from '../compare/variant-pairs.ts';
import { DATA_REVIEWS_PER_PAGE, listPageUrl, pageOfItem, REVIEWS_PER_PAGE } from './list-pages.ts';

/** `/corpus` or `/corpus/` → `/corpus/`; `/` stays `/`. */
const withTrailingSlash = (base: string) => (base.endsWith('/') ? base : `${base}/`);

/**
 * The id of a sentence's element on a page that shows several texts (comparisons, parallel
 * pages): `a-es-s10`. Unique, since a sentence id is `s` and digits, read from the end.
 */
export const compareAnchor = (textId: string, sentenceId: string) => `${textId}-${sentenceId}`;

/** The URL layout under a base path. */
export function createUrls(basePath: string) {
	const base = withTrailingSlash(basePath);
	/** A path under the base: `path('texts/a-en/')` → `/corpus/texts/a-en/`. */
	const path = (relative: string) => base + relative.replace(/^\//, '');
	const textUrl = (id: string) => path(`texts/${id}/`);
	return {
		path,
		/** The home page. */
		homeUrl: base,
		/** A section of the home page: `#texts`. */
		homeSectionUrl: (id: string) => `${base}#${id}`,
		/** A review's row in the home page's table, on the page of the list that holds it. */
		reviewRowUrl: (id: string, order: number) => `${listPageUrl(base, pageOfItem(order, REVIEWS_PER_PAGE))}#review-${id}`,
		/** Reading page of a text (its default view). */
		textUrl,
		/** A sentence on the reading page of a text: `/texts/a-en/#s4`. */
		sentenceUrl: (textId: string, sentenceId: string) => `${textUrl(textId)}#${sentenceId}`,
		/** Source view of a text: its exact characters, sentence by sentence. */
		sourceViewUrl: (id: string) => path(`texts/${id}/source/`),
		/** A text's reading view with another version of its review beside it, sentence by sentence. */
		parallelUrl: (id: string, otherId: string) => path(`texts/${id}/with/${otherId}/`),
		/** The unchanged file of a text. */
		rawTextUrl: (id: string) => path(`texts/${id}.txt`),
		/** A text's sentences as JSON. */
		textDataUrl: (id: string) => path(`data/texts/${id}.json`),
		/** The corpus as JSON. */
		corpusDataUrl: path('data/corpus.json'),
		/** The downloads page: every data file, with its size and format. */
		dataPageUrl: path('data/'),
		/** A review's files on the downloads page, on the page of the list that holds it. */
		reviewDataUrl: (id: string, order: number) => `${listPageUrl(path('data/'), pageOfItem(order, DATA_REVIEWS_PER_PAGE))}#data-${id}`,
		/** The names index: every person the texts mention. */
		peopleUrl: path('people/'),
		/** Page of one person: who they are and every mention. */
		personUrl: (id: string) => path(`people/${id}/`),
		/** The names index as JSON, with every spelling (the search page expands queries with it). */
		peopleDataUrl: path('data/people.json'),
		/** The search page. */
		searchUrl: path('search/'),
		/** Folder of the search index (`src/search/index-format.ts`). */
		searchIndexUrl: path('search-index/'),
		/** Side-by-side comparison of two variants. */
		comparePairUrl: (source: string, target: string) => path(`compare/${source}/${target}/`),
		/**
		 * The row of a comparison that holds a sentence: `/compare/a-en/a-es/#a-es-s10`.
		 * (`compareAnchor` gives the fragment.)
		 */
		compareRowUrl: (source: string, target: string, textId: string, sentenceId: string) =>
			`${path(`compare/${source}/${target}/`)}#${compareAnchor(textId, sentenceId)}`,
		/** Every variant of a review, in columns. */
		compareReviewUrl: (review: string) => path(`compare/${review}/`),
		/** An alignment as JSON. */
		alignmentDataUrl: (source: string, target: string) => path(`data/alignments/${pairId(source, target)}.json`),
		/** An alignment as TMX 1.4. */
		alignmentTmxUrl: (source: string, target: string) => path(`data/alignments/${pairId(source, target)}.tmx`),
		/** The translation checks' findings of a pair, as JSON. */
		qaDataUrl: (source: string, target: string) => path(`data/qa/${pairId(source, target)}.json`),
		/** The site's icon. */
		faviconUrl: path('favicon.svg'),
	};
}

// Astro sets BASE_URL from `base` in astro.config.mjs. Outside Vite (plain Node scripts)
// `import.meta.env` does not exist: the site is then at `/`.
const astroBase: string | undefined = import.meta.env ? import.meta.env.BASE_URL : undefined;

export const {
	path: sitePath,
	homeUrl,
	homeSectionUrl,
	reviewRowUrl,
	textUrl,
	sentenceUrl,
	sourceViewUrl,
	parallelUrl,
	rawTextUrl,
	textDataUrl,
	corpusDataUrl,
	dataPageUrl,
	reviewDataUrl,
	peopleUrl,
	personUrl,
	peopleDataUrl,
	searchUrl,
	searchIndexUrl,
	comparePairUrl,
	compareRowUrl,
	compareReviewUrl,
	alignmentDataUrl,
	alignmentTmxUrl,
	qaDataUrl,
	faviconUrl,
} = createUrls(astroBase ?? '/');
