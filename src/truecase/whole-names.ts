import type { CaseDecision } from './case-decision.ts';
import type { CaseVote } from './case-votes.ts';
import { isFunctionWord } from './english-lexicon.ts';
import { capitalize } from './word-shape.ts';
import type { Word } from './word-positions.ts';

/**
 * Gives the words of one name of the other version their capitals together: the words
 * between two that took a capital from the same name (`cannes film festival` from
 * `Festival de Cine de Cannes`), then, for a name in another language, neighbours up to
 * the name's size in words (`great patriotic war` from `Gran Guerra Patriótica`,
 * matched by `patriotic` alone).
 * Only content words joined by spaces or hyphens, never a word the corpus settled.
 */
export function capitaliseWholeNames(
	sentence: string,
	words: readonly Word[],
	votes: readonly CaseVote[][],
	decisions: CaseDecision[],
): void {
	const byName = new Map<string, { size: number; members: number[]; extends: boolean }>();
	// Words in order, so each name's members come sorted.
	votes.forEach((wordVotes, i) => {
		if (decisions[i]!.source !== 'corpus' || decisions[i]!.form === undefined) return;
		for (const vote of wordVotes) {
			if (!vote.name || vote.weight <= 0) continue;
			// A version in the same language holds the same words: a word of its name that
			// the text does not share is not in the text.
			const entry = byName.get(vote.name.id) ?? { size: vote.name.size, members: [], extends: !vote.sameLanguage };
			if (entry.members.at(-1) !== i) entry.members.push(i);
			byName.set(vote.name.id, entry);
		}
	});
	const joinable = (i: number, neighbour: number) =>
		i >= 0 &&
		i < words.length &&
		!decisions[i]!.settled &&
		!isFunctionWord(words[i]!.folded) &&
		!/\d/.test(words[i]!.folded) &&
		/^[\s\p{Pd}]+$/u.test(
			sentence.slice(Math.min(words[i]!.end, words[neighbour]!.end), Math.max(words[i]!.start, words[neighbour]!.start)),
		);
	const take = (i: number) =>
		(decisions[i] = { form: capitalize(sentence.slice(words[i]!.start, words[i]!.end)), source: 'corpus', settled: true });
	for (const { size, members, extends: grows } of byName.values()) {
		const isMember = new Set(members);
		let first = members[0]!;
		let last = members.at(-1)!;
		if (last - first + 1 > size) continue;
		let between = true;
		for (let i = first + 1; i < last; i++) if (!isMember.has(i) && !joinable(i, i - 1)) between = false;
		if (!between) continue;
		for (let i = first + 1; i < last; i++) if (!isMember.has(i)) take(i);
		while (grows && last - first + 1 < size && joinable(first - 1, first)) take(--first);
		while (grows && last - first + 1 < size && joinable(last + 1, last)) take(++last);
	}
}
