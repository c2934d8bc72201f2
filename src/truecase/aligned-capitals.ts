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
import { titleCaseWords } from './title-case.ts';
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
/** Lower-case words this short may join the words of one name: `of`, `de`, `la`, `del`. */
const MAX_CONNECTOR_LENGTH = 3;
/** At most this many in a row (`de la`): more is running text between two names. */
const MAX_CONNECTORS = 2;

interface VersionWord extends Word {
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
		const ownPlaces = Map.groupBy(
			own.map((entry, i) => ({ ...entry, at: place(i, own.length) })),
			(entry) => entry.word.folded,
		);
		const otherPlace = new Map(others.map((word, i) => [word, place(i, others.length)]));
		const seen = new Map<string, number>();
		for (const { word, s, w } of own) {
			if (word.position === 'sentence-start' || /\d/.test(word.folded)) continue;
			const nth = seen.get(word.folded) ?? 0;
			seen.set(word.folded, nth + 1);
			let matches = exact.get(word.folded) ?? [];
			let sameWord = true;
			if (matches.length === 0 && buckets) {
				const respelt = respell(word.folded);
				matches = (buckets.get(cognateBucket(respelt) ?? '\u0000') ?? []).filter((other) => areCognates(respelt, respell(other.folded)));
				sameWord = false;
			}
			const occurrences = ownPlaces.get(word.folded)!;
			// As many on both sides: the nth meets the nth. Otherwise each of the version's
			// words speaks for the occurrence nearest to it in the link.
			const voters =
				matches.length === occurrences.length && matches[nth]
					? [matches[nth]]
					: matches.filter((other) => nearest(occurrences, otherPlace.get(other)!) === nth);
			if (voters.length === 1) matched.set(voters[0]!, { s, w });
			for (const other of voters) {
				const vote = voteOf(other, weight / voters.length, sameLanguage, sameWord);
				if (vote) votes[s]![w]!.push(vote);
			}
		}
		projectUnmatchedNames(votes, text, others, matched, weight, sameLanguage);
	}
}

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
function projectUnmatchedNames(
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
	for (const members of names.values()) {
		if (members.some((word) => matched.has(word))) continue;
		const first = others.indexOf(members[0]!);
		const last = others.indexOf(members.at(-1)!);
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

/** The index of the occurrence nearest to `at`. */
function nearest(occurrences: readonly { at: number }[], at: number): number {
	let best = 0;
	occurrences.forEach((occurrence, i) => {
		if (Math.abs(occurrence.at - at) < Math.abs(occurrences[best]!.at - at)) best = i;
	});
	return best;
}

/**
 * The words of one sentence of a cased version, each with the form to copy and the name
 * it belongs to: a run of capitalised words in running text, joined by spaces, hyphens
 * or short lower-case words (`Festival de Cine de Cannes`).
 */
function versionWords(version: WordedText, s: number, sameLanguage: boolean): VersionWord[] {
	const reading = version.reading[s]!;
	const words: VersionWord[] = version.words[s]!.map((word) => ({
		...word,
		text: reading.slice(word.start, word.end),
		model: reading.slice(word.start, word.end),
	}));
	recaseCapitalRuns(words, sameLanguage);
	let run: VersionWord[] = [];
	let connectors = 0;
	const close = () => {
		const named = run.filter((word) => caseShape(word.model) !== 'lower');
		const name = { id: `${version.id}:${s}:${named[0]?.start}`, size: named.length };
		for (const word of named) word.name = name;
		run = [];
		connectors = 0;
	};
	words.forEach((word, i) => {
		const capital = word.position === 'running' && caseShape(word.model) !== 'lower';
		const joined = i > 0 && /^[\s\p{Pd}'’]*$/u.test(reading.slice(words[i - 1]!.end, word.start));
		if (capital) {
			if (!joined) close();
			run.push(word);
			connectors = 0;
		} else if (
			run.length > 0 &&
			joined &&
			connectors < MAX_CONNECTORS &&
			word.folded.length <= MAX_CONNECTOR_LENGTH &&
			caseShape(word.model) === 'lower'
		) {
			run.push(word);
			connectors++;
		} else {
			close();
		}
	});
	close();
	return words;
}

function isAllCapitals(word: string): boolean {
	return /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
}

/**
 * Words in capitals. In a version of the same language, a run of two or more is a title
 * (`IVAN THE TERRIBLE` → `Ivan the Terrible`) and one alone of up to five letters an
 * acronym; in another language they are not evidence and are read as lower case.
 */
function recaseCapitalRuns(words: VersionWord[], sameLanguage: boolean): void {
	for (let i = 0; i < words.length;) {
		let j = i;
		while (j < words.length && isAllCapitals(words[j]!.text)) j++;
		const run = words.slice(i, j);
		// A capital letter alone is no shouting (`A`, `I`), unless it is part of a run (`{A MERE`).
		if (!run.some((word) => word.folded.length > 1)) {
			i = Math.max(j, i + 1);
			continue;
		}
		if (!sameLanguage) {
			for (const word of run) word.model = word.text.toLowerCase();
		} else if (run.length > 1) {
			const titled = titleCaseWords(run.map((word) => word.text.toLowerCase()));
			run.forEach((word, k) => (word.model = titled[k]!));
		} else if (run[0]!.folded.length > 5) {
			run[0]!.model = run[0]!.text.charAt(0) + run[0]!.text.slice(1).toLowerCase();
		}
		i = j;
	}
}
