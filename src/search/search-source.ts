/**
 * What the search index is built from, as the pages show it: each sentence's reading
 * view (`data.reading`, capitals restored, the very text of the reading page), the texts'
 * labels, and the alignments as published.
 */
import type { Corpus } from '../corpus/load-corpus.ts';
import { variantLabel } from '../corpus/labels.ts';
import type { SearchSource, SourceAlignment } from './build-index-files.ts';

/**
 * The search source of a loaded corpus.
 * @param alignments The alignments the site published (`/data/alignments/*.json`).
 * @param textUrl The reading page of a text, under the site's base path.
 */
export function searchSource(corpus: Corpus, alignments: readonly SourceAlignment[], textUrl: (id: string) => string): SearchSource {
	return {
		reviews: corpus.reviews.map((review) => ({ id: review.id, title: review.title })),
		texts: corpus.texts.map(({ data }) => ({
			id: data.id,
			title: data.title,
			lang: data.lang,
			kind: data.kind,
			variant: variantLabel(data),
			review: data.review,
			url: textUrl(data.id),
			sentenceIds: data.sentences.map((sentence) => sentence.id),
			reading: [...data.reading],
		})),
		alignments: [...alignments],
	};
}
