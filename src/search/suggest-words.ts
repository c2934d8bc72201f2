/**
 * “Did you mean …”: for a word no text holds, the nearest words each language's texts
 * do hold (Levenshtein distance, `leven`, among the words with the same first letter,
 * or first two in a large corpus),
 * and the nearest spellings of the names index.
 *
 * Loaded by the search page only when a query has a word no text holds.
 */
import leven from 'leven';
import type { SupportedLanguage } from '../corpus/languages.ts';
import { foldName } from '../text/fold-name.ts';
import { foldWord, surfaceOf } from './analyze.ts';
import type { PersonInfo } from './search-engine.ts';
import type { SearchIndex } from './search-index.ts';

export interface Suggestions {
	/** The word as typed. */
	word: string;
	/** Nearest words of each language's texts, nearest first. */
	byLanguage: { language: SupportedLanguage; words: string[] }[];
	/** Nearest spellings of names, nearest first. */
	names: string[];
}

/** At most this many suggestions per language, and for names. */
export const MAX_SUGGESTIONS = 3;

/**
 * Shards of a language read for suggestions at most: past it (a large corpus, where one
 * first letter has a hundred shards), only words with the same first two letters, or
 * those two swapped, are compared.
 */
const MAX_SHARDS = 16;

/** The beginnings a suggestion for `folded` shares with it in `language`. */
function beginnings(folded: string, index: SearchIndex, language: SupportedLanguage): string[] {
	const first = folded.slice(0, 1);
	if (folded.length < 2 || index.shardsStartingWith(first, language) <= MAX_SHARDS) return [first];
	return [...new Set([folded.slice(0, 2), folded[1]! + folded[0]!])];
}

/** How far a suggestion may be from what was typed: further for longer words. */
const reach = (length: number) => (length <= 3 ? 1 : length <= 6 ? 2 : 3);

/** The nearest words and names to `word`. */
export async function suggestWords(word: string, index: SearchIndex, people: readonly PersonInfo[]): Promise<Suggestions> {
	const folded = foldWord(surfaceOf(word));
	const limit = reach(folded.length);
	const byLanguage = await Promise.all(
		index.languages.map(async (language) => {
			const begins = beginnings(folded, index, language);
			const words = (await Promise.all(begins.map((beginning) => index.wordsStartingWith(beginning, language)))).flat();
			const candidates = [...new Set(words)]
				.filter((candidate) => begins.some((beginning) => candidate.folded.startsWith(beginning)))
				.map((candidate) => ({ candidate, distance: leven(folded, candidate.folded, { maxDistance: limit + 1 }) }))
				.filter(({ distance }) => distance <= limit)
				.sort(
					(a, b) =>
						a.distance - b.distance ||
						b.candidate.sentences - a.candidate.sentences ||
						(a.candidate.surface < b.candidate.surface ? -1 : 1),
				);
			return { language, words: candidates.slice(0, MAX_SUGGESTIONS).map(({ candidate }) => candidate.surface) };
		}),
	);
	const names = people
		.flatMap((person) => person.spellings)
		.map((spelling) => ({ spelling, distance: leven(folded, foldName(spelling).replaceAll(' ', ''), { maxDistance: limit + 1 }) }))
		.filter(({ distance }) => distance <= limit)
		.sort((a, b) => a.distance - b.distance)
		.slice(0, MAX_SUGGESTIONS)
		.map(({ spelling }) => spelling);
	return { word, byLanguage: byLanguage.filter((entry) => entry.words.length > 0), names };
}
