/**
 * What the corpus says of the case of each word of a lower-cased text: votes cast by the
 * words they are aligned with in cased versions of the same review
 * (`aligned-capitals.ts`). A vote is for a capital (with the form to copy when the
 * other word is the same word) or for lower case, and weighs more when it comes from a
 * version in the same language, which capitalises by the same rules.
 */

/** One word's vote on the case of a word of the lower-cased text. */
export interface CaseVote {
	/** Positive for a capital, negative for lower case. */
	weight: number;
	/** The other version's word when it is the same word (`Russia`, `WWII`): its shape is copied. */
	model?: string | undefined;
	/** Whether the vote comes from a version in the text's own language. */
	sameLanguage: boolean;
	/**
	 * The name the capitalised word belongs to in the other version (`Gran Guerra
	 * Patriótica`), so that the words of one name are capitalised together.
	 */
	name?: { id: string; size: number } | undefined;
}

/** Votes per word: `votes[sentence][word]`, for the words of `wordsOf(reading[sentence])`. */
export type CaseVotes = CaseVote[][][];

/** An empty ballot for sentences of these word counts. */
export function emptyVotes(wordCounts: readonly number[]): CaseVotes {
	return wordCounts.map((count) => Array.from({ length: count }, (): CaseVote[] => []));
}
