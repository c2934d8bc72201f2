/**
 * How words become search keys, the same way at build time and in the browser.
 *
 * The site has one Pagefind bundle for every language, in Pagefind's language-neutral
 * mode (no stemmer of its own). Each sentence is indexed as the keys of its words, one
 * key per word and in the same order: lower-cased, stemmed with the sentence's
 * language, accents folded, behind the language's code (`Grúas` → `esgru`,
 * `dreaming` → `endream`). A query is analysed the same way, once per language, so its
 * English keys only ever match English sentences and its Spanish keys Spanish ones,
 * with no filter to fetch (a language filter's index lists every sentence: 300 KB at
 * 10,000 texts, on every first search).
 *
 * Why not Pagefind's own stemming: it stems a query with one language per bundle, so
 * two languages took two bundles and two WebAssembly modules (119 KB of a 173 KB first
 * search). One neutral bundle keeps both languages' stemming, phrase search and exact
 * filter counts for half the bytes.
 *
 * Word positions are kept: key `i` of a record is word `i` of its sentence, so the
 * positions Pagefind reports for a hit are the words to mark in the sentence.
 */
import { primaryLanguage, type SupportedLanguage } from '../corpus/languages.ts';
import { STEMMERS } from './stemmers.ts';

/** A word: letters, marks and digits, with inner apostrophes (`Stalin's`, `n't` stays `t`). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
// Stemmers are regular-expression heavy; a longer "word" (a hostile 1 MB run of letters)
// is indexed folded but unstemmed rather than fed to them.
const MAX_STEMMED_LENGTH = 40;
const QUOTED = /"([^"]*)"?|\u201C([^\u201D]*)\u201D?/g;

export interface WordSpan {
	start: number;
	end: number;
}

/** Where the words of `text` are, in order. */
export function wordSpans(text: string): WordSpan[] {
	return [...text.matchAll(WORD)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** The stemming language of a BCP 47 tag (`es-MX` → `es`). */
export function analyzerOf(lang: string): SupportedLanguage {
	const primary = primaryLanguage(lang);
	if (!Object.hasOwn(STEMMERS, primary)) throw new Error(`No stemmer for language “${lang}”`);
	return primary as SupportedLanguage;
}

/**
 * The search key of one word in `language`: the language's code, then the word's stem
 * (never empty); letters and digits only, so Pagefind keeps it one word.
 */
export function wordKey(word: string, language: SupportedLanguage): string {
	const lower = word.toLowerCase().replaceAll('’', "'");
	const stemmed = lower.length > MAX_STEMMED_LENGTH ? lower : STEMMERS[language](lower);
	const folded = stemmed.normalize('NFD').replace(/[\p{M}']/gu, '');
	// The code is always two letters (SUPPORTED_LANGUAGES), so no two languages' keys meet.
	return language + (folded || lower.replaceAll("'", ''));
}

/** What Pagefind indexes for a sentence: the key of each word, space-separated. */
export function indexContent(text: string, language: SupportedLanguage): string {
	return wordSpans(text)
		.map(({ start, end }) => wordKey(text.slice(start, end), language))
		.join(' ');
}

/**
 * A query as Pagefind is to search it among `language`'s sentences: each word replaced
 * by its key, double-quoted phrases kept as phrases (“curly” quotes too), everything
 * else dropped. Empty when the query has no words.
 */
export function analyzeQuery(query: string, language: SupportedLanguage): string {
	const keys = (text: string) => indexContent(text, language);
	const parts: string[] = [];
	let from = 0;
	for (const match of query.matchAll(QUOTED)) {
		parts.push(keys(query.slice(from, match.index)));
		const phrase = keys(match[1] ?? match[2] ?? '');
		if (phrase) parts.push(`"${phrase}"`);
		from = match.index + match[0].length;
	}
	parts.push(keys(query.slice(from)));
	return parts.filter(Boolean).join(' ');
}
