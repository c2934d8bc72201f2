/**
 * Titles of works known to the corpus (the manifest's `work` of a review): wherever a
 * lower-cased text names one, word for word, it is written as the manifest writes it
 * (`the cranes are flying` → `The Cranes Are Flying`). Titles of one word are left out:
 * alone, a word is as likely to be itself as the title.
 */
import type { Work } from '../corpus/schema.ts';
import { isNameGap, nameTokens } from '../text/fold-name.ts';
import type { Word } from './word-positions.ts';

/** A title as the matcher needs it: its folded words, and each word as written. */
export interface KnownTitle {
	folded: string[];
	forms: string[];
}

/** The titles of a review's work, longest first. */
export function knownTitles(work: Work | undefined): KnownTitle[] {
	if (!work) return [];
	return [work.title, ...(work.otherTitles ?? [])]
		.map((title) => {
			const tokens = nameTokens(title);
			return { folded: tokens.map((token) => token.folded), forms: tokens.map((token) => title.slice(token.start, token.end)) };
		})
		.filter((title) => title.folded.length > 1)
		.sort((a, b) => b.folded.length - a.folded.length);
}

/** The titles named in one sentence: for each, the index of its first word and the title. */
export function findTitles(sentence: string, words: readonly Word[], titles: readonly KnownTitle[]): { at: number; title: KnownTitle }[] {
	const found: { at: number; title: KnownTitle }[] = [];
	for (let i = 0; i < words.length; i++) {
		const title = titles.find((candidate) => candidate.folded.every((folded, k) => matchesAt(sentence, words, i, k, folded)));
		if (!title) continue;
		found.push({ at: i, title });
		i += title.folded.length - 1;
	}
	return found;
}

function matchesAt(sentence: string, words: readonly Word[], i: number, k: number, folded: string): boolean {
	const word = words[i + k];
	if (!word || word.folded !== folded) return false;
	return k === 0 || isNameGap(sentence.slice(words[i + k - 1]!.end, word.start));
}
