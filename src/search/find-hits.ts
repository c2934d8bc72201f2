/**
 * The sentences that meet every requirement of a query, with the positions of the words
 * that met them (exactly the words an excerpt marks) and a score.
 *
 * A requirement is one word, quoted phrase or name of the query, as alternative runs of
 * index words: a sentence meets it when it has, at consecutive positions, one word of
 * each set of a run. Runs of every language are given together: a sentence only ever
 * appears in the postings of its own language's words.
 */
import type { IndexWord } from './search-index.ts';

export interface Requirement {
	runs: (readonly IndexWord[])[][];
}

export interface Hit {
	record: number;
	/** Positions of the matched words in the sentence, in order. */
	positions: number[];
	score: number;
}

type Matches = Map<number, Set<number>>;

function addAll(matches: Matches, record: number, positions: Iterable<number>) {
	let set = matches.get(record);
	if (!set) matches.set(record, (set = new Set()));
	for (const position of positions) set.add(position);
}

function occurrencesOf(words: readonly IndexWord[]): Matches {
	const matches: Matches = new Map();
	for (const word of words) for (const { record, positions } of word.occurrences()) addAll(matches, record, positions);
	return matches;
}

/** Where a run of word sets occurs: every position of every word of each occurrence. */
function matchRun(run: readonly (readonly IndexWord[])[]): Matches {
	const steps = run.map(occurrencesOf);
	if (steps.length <= 1) return steps[0] ?? new Map();
	const matches: Matches = new Map();
	for (const [record, starts] of steps[0]!) {
		for (const start of starts) {
			if (steps.every((step, i) => step.get(record)?.has(start + i)))
				addAll(
					matches,
					record,
					steps.map((_, i) => start + i),
				);
		}
	}
	return matches;
}

/** The sentences meeting a requirement, with the matched positions. */
export function matchRequirement(requirement: Requirement): Matches {
	const matches: Matches = new Map();
	for (const run of requirement.runs) for (const [record, positions] of matchRun(run)) addAll(matches, record, positions);
	return matches;
}

/**
 * The sentences meeting every requirement, best first. The score is BM25-like: each
 * requirement adds its rarity (inverse document frequency over `recordCount`
 * sentences) times a saturating count of its matches in the sentence.
 */
export function findHits(requirements: readonly Requirement[], recordCount: number): Hit[] {
	if (requirements.length === 0) return [];
	const all = requirements.map(matchRequirement);
	const weights = all.map((matches) => Math.log(1 + (recordCount - matches.size + 0.5) / (matches.size + 0.5)));
	const [smallest] = all.toSorted((a, b) => a.size - b.size);
	const hits: Hit[] = [];
	for (const record of smallest!.keys()) {
		if (!all.every((matches) => matches.has(record))) continue;
		const positions = new Set<number>();
		let score = 0;
		all.forEach((matches, i) => {
			const found = matches.get(record)!;
			for (const position of found) positions.add(position);
			score += (weights[i]! * found.size * 2.2) / (found.size + 1.2);
		});
		hits.push({ record, positions: [...positions].sort((a, b) => a - b), score });
	}
	return hits.sort((a, b) => b.score - a.score || a.record - b.record);
}
