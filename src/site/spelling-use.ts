import type { PersonMentions } from '../people/collect-mentions.ts';

/** A person's spellings split by whether the texts use them. */
export interface SpellingUse {
	/** Spellings some text writes (in any case), with how many mentions each matched. */
	inTexts: { spelling: string; count: number }[];
	/** Spellings no text writes: there for readers, who may type them in a search. */
	forReaders: string[];
}

/**
 * Which of `spellings` the corpus uses, derived from the mentions (each records the
 * spelling it matched); both lists keep the order of people.yaml.
 */
export function spellingUse(spellings: readonly string[], mentions: PersonMentions): SpellingUse {
	const counts = new Map<string, number>();
	for (const review of mentions.reviews) {
		for (const text of review.texts) {
			for (const { spelling } of text.mentions) counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
		}
	}
	return {
		inTexts: spellings.filter((spelling) => counts.has(spelling)).map((spelling) => ({ spelling, count: counts.get(spelling)! })),
		forReaders: spellings.filter((spelling) => !counts.has(spelling)),
	};
}
