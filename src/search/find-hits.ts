/**
 * The sentences that meet every requirement of a query, with the positions of the words
 * that met them (exactly the words an excerpt marks) and a score.
 *
 * A requirement is one word, quoted phrase or name of the query, as alternative runs of
 * index words: a sentence meets it when it has, at consecutive positions, one word of
 * each set of a run. Runs of every language are given together: a sentence only ever
 * appears in the postings of its own language's words.
 */
import type { SupportedLanguage } from '../corpus/languages.ts';
import type { Occurrence } from './index-format.ts';
import type { IndexWord } from './search-index.ts';

export interface Requirement {
	runs: (readonly IndexWord[])[][];
}

export interface Hit {
	/** The sentence's key. */
	record: number;
	/** Positions of the matched words in the sentence, in order. */
	positions: number[];
	score: number;
	/** The sentence's language: that of the words it matched by. */
	language: SupportedLanguage;
}

/** A word's occurrences to match: all of them, or those at the keys being looked at. */
export type OccurrencesOf = (word: IndexWord) => Iterable<Occurrence>;

interface Match {
	positions: Set<number>;
	language: SupportedLanguage;
}
type Matches = Map<number, Match>;

function addAll(matches: Matches, record: number, positions: Iterable<number>, language: SupportedLanguage) {
	let match = matches.get(record);
	if (!match) matches.set(record, (match = { positions: new Set(), language }));
	for (const position of positions) match.positions.add(position);
}

function occurrencesOf(words: readonly IndexWord[], of: OccurrencesOf): Matches {
	const matches: Matches = new Map();
	for (const word of words) for (const { record, positions } of of(word)) addAll(matches, record, positions, word.language);
	return matches;
}

/** Where a run of word sets occurs: every position of every word of each occurrence. */
function matchRun(run: readonly (readonly IndexWord[])[], of: OccurrencesOf): Matches {
	const steps = run.map((words) => occurrencesOf(words, of));
	if (steps.length <= 1) return steps[0] ?? new Map();
	const matches: Matches = new Map();
	for (const [record, { positions: starts, language }] of steps[0]!) {
		for (const start of starts) {
			if (steps.every((step, i) => step.get(record)?.positions.has(start + i)))
				addAll(
					matches,
					record,
					steps.map((_, i) => start + i),
					language,
				);
		}
	}
	return matches;
}

/** Every occurrence of a word whose postings are all at hand. */
const whole: OccurrencesOf = (word) => word.postings.loaded(0) ?? [];

/** The sentences meeting a requirement, with the matched positions. */
export function matchRequirement(requirement: Requirement, of: OccurrencesOf = whole): Matches {
	const matches: Matches = new Map();
	for (const run of requirement.runs) {
		for (const [record, { positions, language }] of matchRun(run, of)) addAll(matches, record, positions, language);
	}
	return matches;
}

/** A requirement's weight: its rarity (inverse document frequency) among `recordCount` sentences, if `found` meet it. */
export const rarity = (found: number, recordCount: number) => Math.log(1 + (recordCount - found + 0.5) / (found + 0.5));

/**
 * The sentences of `candidates` meeting every requirement (`all`, each's matches),
 * scored: each requirement adds its weight times a saturating count of its matches in
 * the sentence (BM25-like).
 */
export function scoreHits(candidates: Iterable<number>, all: readonly Matches[], weights: readonly number[]): Hit[] {
	const hits: Hit[] = [];
	for (const record of candidates) {
		if (!all.every((matches) => matches.has(record))) continue;
		const positions = new Set<number>();
		let score = 0;
		all.forEach((matches, i) => {
			const found = matches.get(record)!.positions;
			for (const position of found) positions.add(position);
			score += (weights[i]! * found.size * 2.2) / (found.size + 1.2);
		});
		hits.push({ record, positions: [...positions].sort((a, b) => a - b), score, language: all[0]!.get(record)!.language });
	}
	return hits;
}

/**
 * The sentences meeting every requirement, best first, when every word's postings are
 * at hand (`read-hits.ts` reads them block by block when they are not).
 */
export function findHits(requirements: readonly Requirement[], recordCount: number): Hit[] {
	if (requirements.length === 0) return [];
	const all = requirements.map((requirement) => matchRequirement(requirement));
	const weights = all.map((matches) => rarity(matches.size, recordCount));
	const [smallest] = all.toSorted((a, b) => a.size - b.size);
	return scoreHits(smallest!.keys(), all, weights).sort((a, b) => b.score - a.score || a.record - b.record);
}
