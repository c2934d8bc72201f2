/** What the truecaser decided of one word, as its sources speak in turn (`truecase-text.ts`). */

/** Why a word carries a capital: the source that decided it. */
export type CaseSource = 'sentence start' | 'title' | 'corpus' | 'library' | 'names index' | 'spelling rule';

/** The decision on one word. */
export interface CaseDecision {
	/** The word as it is to be written; undefined while undecided or when it stays as it is. */
	form: string | undefined;
	source: CaseSource | undefined;
	/** Settled: later sources do not speak. */
	settled: boolean;
}
