import type { TextRecord } from './get-corpus.ts';
import { textUrl } from './urls.ts';

/**
 * The `hreflang` alternates of a text's reading page: the text and its translations
 * (what it was translated from, what was translated from it), one per language. Every
 * text in the set lists the same set, so the links are reciprocal, as search engines
 * require; a text with no translation has none.
 */
export function translationAlternates(text: TextRecord, reviewTexts: readonly TextRecord[]): { lang: string; path: string }[] {
	const related = (other: TextRecord) => other.data.derivedFrom === text.id || text.data.derivedFrom === other.id;
	const translations = reviewTexts.filter((other) => other.data.lang !== text.data.lang && related(other));
	if (translations.length === 0) return [];
	const byLanguage = new Map<string, TextRecord>();
	for (const candidate of [text, ...translations]) if (!byLanguage.has(candidate.data.lang)) byLanguage.set(candidate.data.lang, candidate);
	return [...byLanguage.values()].map((alternate) => ({ lang: alternate.data.lang, path: textUrl(alternate.id) }));
}
