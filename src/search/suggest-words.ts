/**
 * “Did you mean …”: for a word no text holds, the nearest words each language's texts
 * do hold (Levenshtein distance, `leven`, among the words with the same first letter),
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

/** How far a suggestion may be from what was typed: further for longer words. */
const reach = (length: number) => (length <= 3 ? 1 : length <= 6 ? 2 : 3);

/** The nearest words and names to `word`. */
export async function suggestWords(word: string, index: SearchIndex, people: readonly PersonInfo[]): Promise<Suggestions> {
	const folded = foldWord(surfaceOf(word));
	const limit = reach(folded.length);
	const byLanguage = await Promise.all(
		index.languages.map(async (language) => {
			const candidates = (await index.wordsStartingWith(folded.slice(0, 1), language))
				.map((candidate) => ({ candidate, distance: leven(folded, candidate.folded, { maxDistance: limit + 1 }) }))
				.filter(({ distance, candidate }) => distance <= limit && candidate.folded.startsWith(folded[0]!))
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
