/**
 * The search index's source for a corpus folder without the site: the corpus loaded and
 * truecased as the build loads it, and every pair of a review's versions aligned here,
 * as the site's build aligns them for `/data/alignments/` (`src/site/get-alignments.ts`:
 * the same aligner, the same names matcher, the same pairs). The index built from it is
 * the one `npm run build` would publish for that corpus, without Astro's pages.
 */
import { alignSentences, toAlignText } from '../../src/align/index.ts';
import { variantPairs } from '../../src/compare/variant-pairs.ts';
import { createMentionMatcher } from '../../src/people/find-mentions.ts';
import type { ReadLimits } from '../../src/corpus/read-limits.ts';
import type { SearchSource, SourceAlignment } from '../../src/search/build-index-files.ts';
import { searchSource } from '../../src/search/search-source.ts';
import { loadTruecasedCorpus } from '../../src/truecase/load-truecased-corpus.ts';

/** Loads, truecases and aligns `corpusDir`; `textUrl` gives each text's reading page. */
export async function searchSourceOfCorpus(
	corpusDir: string,
	root: string,
	textUrl: (id: string) => string,
	limits?: ReadLimits,
): Promise<SearchSource> {
	const corpus = await loadTruecasedCorpus(corpusDir, root, limits);
	const matcher = createMentionMatcher(corpus.people.map(({ id, spellings }) => ({ id, spellings })));
	const byReview = Map.groupBy(corpus.texts, (text) => text.data.review);
	const alignments: SourceAlignment[] = [];
	for (const review of corpus.reviews) {
		for (const { source, target } of variantPairs(byReview.get(review.id) ?? [])) {
			const links = alignSentences(toAlignText(source.data), toAlignText(target.data), { matcher });
			alignments.push({ source: source.data.id, target: target.data.id, links: links.map(({ source, target }) => ({ source, target })) });
		}
	}
	return searchSource(corpus, alignments, textUrl);
}
