/**
 * Evidence (a), the corpus itself: a lower-cased text's words against the words of a
 * cased version of the same review they are aligned with, sentence by sentence, by the
 * site's aligner. `russia` in the original is aligned with `Russia` in the rewrite and
 * `Rusia` in the Spanish translation, so it takes a capital; `crane` is aligned with
 * `crane`, so it keeps its lower case.
 *
 * Within a link, a word meets the same word (folded), or, across languages, a cognate
 * (`cognates.ts`). Only words inside running text vote: a capital that starts a sentence
 * says nothing, one that starts a quotation speaks for quotations only. Words written
 * all in capitals are titles or acronyms in a version of the same language
 * (`THE CRANES ARE FLYING`, `WWII`) and shouting or leftovers in another (`{A MERE`), so
 * only the former vote.
 */
import type { AlignmentLink } from '../align/index.ts';
import { areCognates, cognateBucket, respell } from './cognates.ts';
import type { CaseVote, CaseVotes } from './case-votes.ts';
import { projectUnmatchedNames } from './project-names.ts';
import { versionWords } from './version-words.ts';
import { caseShape } from './word-shape.ts';
import type { Word } from './word-positions.ts';

/** A text as the evidence needs it: sentence ids and the words of each reading view. */
export interface WordedText {
	id: string;
	sentenceIds: readonly string[];
	reading: readonly string[];
	words: readonly (readonly Word[])[];
}

/** How much a vote weighs: a version in the same language capitalises by the same rules. */
const SAME_LANGUAGE_WEIGHT = 2;
const OTHER_LANGUAGE_WEIGHT = 1;
/** A word of a cased version, as evidence. */
export interface VersionWord extends Word {
	text: string;
	/** The form to copy, when it differs from the word as written (a title in capitals). */
	model: string;
	name?: { id: string; size: number };
}

/**
 * Adds to `votes` what `version` says of each word of `text`, over the alignment
 * `links` of the two (`text` as the source side).
 */
export function addAlignedVotes(
	votes: CaseVotes,
	text: WordedText,
	version: WordedText,
	links: readonly AlignmentLink[],
	sameLanguage: boolean,
): void {
	const textIndex = new Map(text.sentenceIds.map((id, i) => [id, i]));
	const versionIndex = new Map(version.sentenceIds.map((id, i) => [id, i]));
	const weight = sameLanguage ? SAME_LANGUAGE_WEIGHT : OTHER_LANGUAGE_WEIGHT;
	for (const link of links) {
		if (link.source.length === 0 || link.target.length === 0) continue;
		const others = link.target.flatMap((id) => versionWords(version, versionIndex.get(id)!, sameLanguage));
		const exact = Map.groupBy(others, (word) => word.folded);
		const buckets = sameLanguage ? undefined : Map.groupBy(others, (word) => cognateBucket(respell(word.folded)) ?? '');
		voteOnQuotations(votes, text, link, textIndex, others, weight);
		const matched = new Map<VersionWord, { s: number; w: number }>();
		const own = link.source.flatMap((id) => {
			const s = textIndex.get(id)!;
			return text.words[s]!.map((word, w) => ({ word, s, w }));
		});
		// Where each word stands in the link, from 0 to 1, to pair repeated words by place.
		const place = (i: number, count: number) => (count > 1 ? i / (count - 1) : 0.5);
		const otherPlace = new Map(others.map((word, i) => [word, place(i, others.length)]));
		const byWord = Map.groupBy(
			own.map((entry, i) => ({ ...entry, at: place(i, own.length) })),
			(entry) => entry.word.folded,
		);
		for (const [folded, occurrences] of byWord) {
			if (/\d/.test(folded)) continue;
			let matches = exact.get(folded) ?? [];
			const sameWord = matches.length > 0 || !buckets;
			if (!sameWord) {
				const respelt = respell(folded);
				matches = (buckets!.get(cognateBucket(respelt) ?? '\u0000') ?? []).filter((other) => areCognates(respelt, respell(other.folded)));
			}
			pairByPlace(occurrences, matches, otherPlace).forEach((voters, k) => {
				const { word, s, w } = occurrences[k]!;
				if (word.position === 'sentence-start' || voters.length === 0) return;
				if (voters.length === 1) matched.set(voters[0]!, { s, w });
				for (const other of voters) {
					const vote = voteOf(other, weight / voters.length, sameLanguage, sameWord);
					if (vote) votes[s]![w]!.push(vote);
				}
			});
		}
		projectUnmatchedNames(votes, text, others, matched, weight, sameLanguage);
	}
}

function voteOf(other: VersionWord, weight: number, sameLanguage: boolean, sameWord: boolean): CaseVote | undefined {
	if (other.position !== 'running') return undefined;
	const shape = caseShape(other.model);
	if (shape === 'lower') return { weight: -weight, sameLanguage };
	return { weight, sameLanguage, model: sameWord ? other.model : undefined, name: other.name };
}

/**
 * The first words of quotations, which are not the same words across languages (`the
 * camera` is `La cámara`): when a link holds as many quotations on both sides, the nth
 * quotation of the text starts as the nth of the version does, with a capital (a quoted
 * sentence) or without (a quoted phrase).
 */
function voteOnQuotations(
	votes: CaseVotes,
	text: WordedText,
	link: AlignmentLink,
	index: ReadonlyMap<string, number>,
	others: readonly VersionWord[],
	weight: number,
): void {
	const starts = link.source.flatMap((id) => {
		const s = index.get(id)!;
		return text.words[s]!.flatMap((word, w) => (word.position === 'quote-start' ? [{ s, w }] : []));
	});
	const otherStarts = others.filter((word) => word.position === 'quote-start');
	if (starts.length === 0 || starts.length !== otherStarts.length) return;
	starts.forEach(({ s, w }, k) => {
		const capital = caseShape(otherStarts[k]!.text) !== 'lower';
		votes[s]![w]!.push({ weight: capital ? weight : -weight, sameLanguage: true });
	});
}

/**
 * The version's words that speak for each occurrence of a word in a link. As many on both
 * sides: the nth meets the nth. Otherwise each of the version's words speaks for the
 * occurrence nearest to it in the link. Both lists are in text order: one merge, linear.
 */
function pairByPlace(
	occurrences: readonly { at: number }[],
	matches: readonly VersionWord[],
	placeOf: ReadonlyMap<VersionWord, number>,
): VersionWord[][] {
	const voters = occurrences.map((): VersionWord[] => []);
	if (matches.length === occurrences.length) {
		matches.forEach((match, k) => voters[k]!.push(match));
		return voters;
	}
	let nearest = 0;
	for (const match of matches) {
		const at = placeOf.get(match)!;
		while (nearest + 1 < occurrences.length && Math.abs(occurrences[nearest + 1]!.at - at) <= Math.abs(occurrences[nearest]!.at - at))
			nearest++;
		voters[nearest]!.push(match);
	}
	return voters;
}
