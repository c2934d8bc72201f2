/**
 * What search indexes: one record per sentence, so a result is a sentence and its link
 * lands on it. Records carry the reading view (what readers see and quote), the text's
 * labels for the result, and the filter values; nothing of the pages' chrome.
 */
import { languageName, primaryLanguage } from '../corpus/languages.ts';
import type { Corpus } from '../corpus/load-corpus.ts';
import { kindLabel } from '../site/labels.ts';
import { textUrl } from '../site/urls.ts';

/** A Pagefind custom record. @see https://pagefind.app/docs/node-api/#indexaddcustomrecord */
export interface SearchRecord {
	url: string;
	content: string;
	/** ISO 639-1: Pagefind stems each language with its own stemmer. */
	language: string;
	meta: {
		/** Title of the text the sentence is in. */
		title: string;
		text: string;
		sentence: string;
		lang: string;
		language: string;
		kind: string;
		review: string;
	};
	filters: { language: string[]; kind: string[]; review: string[] };
}

/**
 * The search records of a corpus, grouped by language (one Pagefind index each).
 * @param readingText The text to index for sentence `i` of a text: its reading view,
 *   as the reading page shows it.
 * @param pageUrl The reading page of a text, under the site's base path.
 */
export function buildSearchRecords(
	corpus: Corpus,
	readingText: (text: Corpus['texts'][number], i: number) => string,
	pageUrl: (textId: string) => string = textUrl,
): Map<string, SearchRecord[]> {
	const reviewTitles = new Map(corpus.reviews.map((review) => [review.id, review.title]));
	const byLanguage = new Map<string, SearchRecord[]>();
	for (const text of corpus.texts) {
		const { data } = text;
		const language = primaryLanguage(data.lang);
		const labels = {
			language: languageName(data.lang),
			kind: kindLabel(data.kind),
			review: reviewTitles.get(data.review) ?? data.review,
		};
		const records = byLanguage.get(language) ?? [];
		byLanguage.set(language, records);
		data.sentences.forEach((sentence, i) => {
			const content = readingText(text, i);
			// A sentence of only hidden characters (a lone NUL) reads as nothing: nothing to find.
			if (content.trim() === '') return;
			records.push({
				url: `${pageUrl(data.id)}#${sentence.id}`,
				content,
				language,
				meta: { title: data.title, text: data.id, sentence: sentence.id.slice(1), lang: data.lang, ...labels },
				filters: { language: [labels.language], kind: [labels.kind], review: [labels.review] },
			});
		});
	}
	return byLanguage;
}
