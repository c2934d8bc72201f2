/**
 * Names of a cased version that no word of the text matches (`Segunda Guerra Mundial`
 * against `world war two`): placed in the text by the matched word next to them.
 */
import type { CaseVotes } from './case-votes.ts';
import type { VersionWord, WordedText } from './aligned-capitals.ts';
import { caseShape } from './word-shape.ts';

/** Names of this many words or more are projected when none of their words is matched. */
const MIN_PROJECTED_NAME = 3;

/**
 * A name of the version none of whose words meets a word of the text (`Segunda Guerra
 * Mundial` against `world war two`) is placed by its neighbour: a matched word right
 * after it (or right before), at most one word away, says where the name ends (or
 * starts) in the text, and the name takes as many words there as it has. Only names of
 * three words or more, whose chance runs are rare, and only over words joined by spaces
 * or hyphens, with no punctuation between name and neighbour on either side.
 */
export function projectUnmatchedNames(
	votes: CaseVotes,
	text: WordedText,
	others: readonly VersionWord[],
	matched: ReadonlyMap<VersionWord, { s: number; w: number }>,
	weight: number,
	sameLanguage: boolean,
): void {
	const names = Map.groupBy(
		others.filter((word) => word.name && word.name.size >= MIN_PROJECTED_NAME && caseShape(word.model) !== 'lower'),
		(word) => word.name!.id,
	);
	const indexOf = new Map(others.map((word, i) => [word, i]));
	for (const members of names.values()) {
		if (members.some((word) => matched.has(word))) continue;
		const first = indexOf.get(members[0]!)!;
		const last = indexOf.get(members.at(-1)!)!;
		const size = members[0]!.name!.size;
		for (const direction of [1, -1] as const) {
			const edge = direction === 1 ? last : first;
			const placed = placeName(text, others, matched, edge, direction, size);
			if (!placed) continue;
			for (const { s, w } of placed) votes[s]![w]!.push({ weight, sameLanguage, name: members[0]!.name });
			break;
		}
	}
}

function placeName(
	text: WordedText,
	others: readonly VersionWord[],
	matched: ReadonlyMap<VersionWord, { s: number; w: number }>,
	edge: number,
	direction: 1 | -1,
	size: number,
): { s: number; w: number }[] | undefined {
	for (let gap = 0; gap <= 1; gap++) {
		const neighbour = others[edge + direction * (gap + 1)];
		const anchor = neighbour && matched.get(neighbour);
		if (!anchor) continue;
		const words = text.words[anchor.s]!;
		const reading = text.reading[anchor.s]!;
		const from = anchor.w - direction * (gap + 1);
		const placed = Array.from({ length: size }, (_, k) => from - direction * k);
		const span = [...placed, anchor.w].sort((a, b) => a - b);
		if (span[0]! < 0 || span.at(-1)! >= words.length) return undefined;
		for (let i = span[0]! + 1; i <= span.at(-1)!; i++) {
			if (!/^[\s\p{Pd}]+$/u.test(reading.slice(words[i - 1]!.end, words[i]!.start))) return undefined;
		}
		return placed.map((w) => ({ s: anchor.s, w }));
	}
	return undefined;
}
