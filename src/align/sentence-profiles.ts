/**
 * Sentences as the aligner compares them: a length and a weighted multiset of anchors,
 * interned to integers so that comparing two groups of sentences is a pass over their
 * anchors with no allocation (the dynamic programme does it for every cell).
 */
import type { MentionMatcher } from '../people/find-mentions.ts';
import { extractAnchors, type AnchorKind } from './extract-anchors.ts';
import { stopWordsFor } from './stop-words.ts';
import type { AlignText } from './types.ts';

/** One sentence, ready to compare. */
export interface SentenceProfile {
	/** Characters, not counting whitespace (Gale–Church counts characters). */
	length: number;
	/** Anchor ids, each once, … */
	ids: Int32Array;
	/** … and how often each occurs. */
	counts: Int32Array;
	/** The weight of all its anchors. */
	weight: number;
}

/** Both texts of a pair, profiled against one shared table of anchors. */
export interface PairProfiles {
	source: SentenceProfile[];
	target: SentenceProfile[];
	/** Weight of each anchor id. */
	weights: Float64Array;
}

/**
 * What one occurrence of an anchor is worth before rarity counts: a number or a name
 * rarely matches by chance, a mark more often, a word prefix most often.
 */
const KIND_WEIGHT: Readonly<Record<AnchorKind, number>> = { number: 2, name: 2, mark: 1, word: 1 };

/**
 * Profiles the sentences of both texts. An anchor's weight is its kind's weight times
 * its rarity in the pair, ln((N + 1) / df) for N sentences of which df hold it, so a
 * name on every line (`boris` in review B) counts less than a date said once.
 */
export function profilePair(source: AlignText, target: AlignText, matcher?: MentionMatcher): PairProfiles {
	const table = new Map<string, number>();
	const kinds: AnchorKind[] = [];
	const documentFrequency: number[] = [];
	const intern = (text: AlignText) => {
		const stopWords = stopWordsFor(text.lang);
		return text.sentences.map((sentence) => {
			const counts = new Map<number, number>();
			for (const anchor of extractAnchors(sentence.text, stopWords, matcher)) {
				const name = `${anchor.kind}:${anchor.key}`;
				let id = table.get(name);
				if (id === undefined) {
					id = kinds.length;
					table.set(name, id);
					kinds.push(anchor.kind);
					documentFrequency.push(0);
				}
				if (!counts.has(id)) documentFrequency[id]! += 1;
				counts.set(id, (counts.get(id) ?? 0) + 1);
			}
			return { length: countCharacters(sentence.text), counts };
		});
	};
	const interned = [intern(source), intern(target)] as const;
	const sentences = source.sentences.length + target.sentences.length;
	const weights = Float64Array.from(kinds, (kind, id) => KIND_WEIGHT[kind] * Math.log((sentences + 1) / documentFrequency[id]!));
	const toProfile = ({ length, counts }: { length: number; counts: Map<number, number> }): SentenceProfile => {
		const ids = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
		const countsOf = Int32Array.from(ids, (id) => counts.get(id)!);
		let weight = 0;
		for (let i = 0; i < ids.length; i++) weight += weights[ids[i]!]! * countsOf[i]!;
		return { length, ids, counts: countsOf, weight };
	};
	return { source: interned[0].map(toProfile), target: interned[1].map(toProfile), weights };
}

function countCharacters(text: string): number {
	let length = 0;
	for (const char of text) if (char.trim() !== '') length++;
	return length;
}
