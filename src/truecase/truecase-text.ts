/**
 * The truecaser: a lower-cased English text's reading view with its capitals back. Each
 * word not at the start of a sentence is decided by the first source that speaks:
 * 1. a title of the review's work (`work-titles.ts`);
 * 2. the corpus: the votes of the words it is aligned with in cased versions
 *    (`aligned-capitals.ts`), with the words the corpus's cased texts always capitalise
 *    (`learned-capitals.ts`); a vote for lower case from a version in the same language
 *    settles it, one from another language only weighs against its capitals (Spanish
 *    writes `soviético`, `ruso` in lower case);
 * 3. the words of one name in the other version are capitalised together (`Gran Guerra
 *    Patriótica` gives `great patriotic war` its three capitals from one cognate);
 * 4. the library's lexicon: places, peoples and organisations (`english-lexicon.ts`);
 * 5. the names index, as the site always has;
 * 6. rules of English spelling: acronyms (`wwii`), French particles inside names
 *    (`palm d'or` → `Palm d'Or`).
 * The first letter of a sentence and the pronoun I are the reading view's own
 * (`src/text/reading-view.ts`). Only letter case changes: every offset stays valid.
 */
import { canonicalCase } from '../people/canonical-case.ts';
import { findMentions, type MentionMatcher } from '../people/find-mentions.ts';
import type { WordedText } from './aligned-capitals.ts';
import type { CaseDecision, CaseSource } from './case-decision.ts';
import type { CaseVote, CaseVotes } from './case-votes.ts';
import { isKnownWord, isLexiconName, isPronounOrDeterminer } from './english-lexicon.ts';
import { capitaliseWholeNames } from './whole-names.ts';
import { findTitles, type KnownTitle } from './work-titles.ts';
import { capitalize, caseShape, inShapeOf, looksLikeAcronym } from './word-shape.ts';
import type { Word } from './word-positions.ts';

export type { CaseSource } from './case-decision.ts';

/** What the learned capitals add to a word's votes: less than one vote of the same language. */
const LEARNED_WEIGHT = 1.5;
/** Longest name of the lexicon looked up, in words (`national academy of sciences`). */
const MAX_LEXICON_WORDS = 4;

/** The sources of evidence that can be switched off, to measure each one alone. */
export type Evidence = 'corpus' | 'library' | 'names index';

/** Every source of evidence: what the site uses. */
export const ALL_EVIDENCE: readonly Evidence[] = ['corpus', 'library', 'names index'];

export interface TruecaseSources {
	text: WordedText;
	votes: CaseVotes;
	learned: ReadonlyMap<string, string>;
	titles: readonly KnownTitle[];
	matcher: MentionMatcher;
	/** The sources to use (default all); titles, the reading view's and spelling rules always apply. */
	evidence?: readonly Evidence[] | undefined;
}

/** The truecased reading view, and for each word the source of its capital (undefined: lower case). */
export interface TruecasedText {
	reading: string[];
	sources: (CaseSource | undefined)[][];
}

export function truecaseText({ text, votes, learned, titles, matcher, evidence = ALL_EVIDENCE }: TruecaseSources): TruecasedText {
	const reading: string[] = [];
	const sources: (CaseSource | undefined)[][] = [];
	text.words.forEach((words, s) => {
		const sentence = text.reading[s]!;
		const decisions = words.map((word): CaseDecision => {
			const written = sentence.slice(word.start, word.end);
			const start = word.position === 'sentence-start' || caseShape(written) !== 'lower';
			return {
				form: start ? written : undefined,
				source: start ? (written === 'I' ? 'spelling rule' : 'sentence start') : undefined,
				settled: start,
			};
		});
		const decide = (i: number, form: string | undefined, source: CaseSource) => {
			decisions[i] = { form, source: form === undefined ? undefined : source, settled: true };
		};
		for (const { at, title } of findTitles(sentence, words, titles)) {
			title.forms.forEach((form, k) => decide(at + k, inShapeOf(sentence.slice(words[at + k]!.start, words[at + k]!.end), form), 'title'));
		}
		words.forEach((word, i) => {
			if (!evidence.includes('corpus') || decisions[i]!.settled || /\d/.test(word.folded)) return;
			const verdict = corpusVerdict(votes[s]![i]!, learned.get(word.folded) ?? learned.get(singular(word.folded)));
			const written = sentence.slice(word.start, word.end);
			if (verdict === 'lower') decide(i, undefined, 'corpus');
			else if (verdict) decide(i, verdict.model ? inShapeOf(written, verdict.model) : capitalize(written), 'corpus');
		});
		capitaliseWholeNames(sentence, words, votes[s]!, decisions);
		if (evidence.includes('library')) lexiconNames(sentence, words, decisions);
		let next = 0;
		for (const mention of evidence.includes('names index') ? findMentions(sentence, matcher) : []) {
			// Mentions and words are both in order: one walk finds each mention's words.
			while (next < words.length && words[next]!.start < mention.start) next++;
			const inside: number[] = [];
			for (let i = next; i < words.length && words[i]!.end <= mention.end; i++) inside.push(i);
			if (inside.some((i) => decisions[i]!.settled) || !looksLikeNameAt(sentence, words, inside)) continue;
			const recased = canonicalCase(sentence.slice(mention.start, mention.end), mention.spelling);
			for (const i of inside) decide(i, recased.slice(words[i]!.start - mention.start, words[i]!.end - mention.start), 'names index');
		}
		words.forEach((word, i) => {
			if (decisions[i]!.settled || !looksLikeAcronym(word.folded) || isKnownWord(word.folded) || sentence.charAt(word.end) === '.') return;
			decide(i, sentence.slice(word.start, word.end).toUpperCase(), 'spelling rule');
		});
		lowerFrenchParticles(sentence, words, decisions);
		let result = '';
		let from = 0;
		words.forEach((word, i) => {
			const form = decisions[i]!.form;
			if (form === undefined || form.length !== word.end - word.start) return;
			result += sentence.slice(from, word.start) + form;
			from = word.end;
		});
		reading.push(result + sentence.slice(from));
		sources.push(
			decisions.map((decision) => (decision.form !== undefined && caseShape(decision.form) !== 'lower' ? decision.source : undefined)),
		);
	});
	return { reading, sources };
}

/**
 * What the corpus says of a word: a capital (in the shape of `model`, when the votes
 * carry one), `'lower'`, or undefined when it does not settle the word.
 */
function corpusVerdict(votes: readonly CaseVote[], learned: string | undefined): { model: string | undefined } | 'lower' | undefined {
	let score = learned ? LEARNED_WEIGHT : 0;
	let sameLanguage = false;
	let best: CaseVote | undefined;
	for (const vote of votes) {
		score += vote.weight;
		if (vote.weight < 0 && vote.sameLanguage) sameLanguage = true;
		if (vote.weight > 0 && vote.model && (!best || vote.weight > best.weight)) best = vote;
	}
	if (score > 0) return { model: best?.model ?? learned };
	if (score < 0 && sameLanguage) return 'lower';
	return undefined;
}

/** Places, peoples and organisations of the lexicon, longest names first. */
function lexiconNames(sentence: string, words: readonly Word[], decisions: CaseDecision[]): void {
	for (let i = 0; i < words.length; i++) {
		for (let n = Math.min(MAX_LEXICON_WORDS, words.length - i); n >= 1; n--) {
			const run = words.slice(i, i + n);
			if (run.some((_, k) => decisions[i + k]!.settled && decisions[i + k]!.source !== 'sentence start')) continue;
			if (n > 1 && !run.every((word, k) => k === 0 || /^ +$/.test(sentence.slice(run[k - 1]!.end, word.start)))) continue;
			if (!isLexiconName(run.map((word) => word.folded).join(' '))) continue;
			run.forEach((word, k) => {
				if (decisions[i + k]!.settled) return;
				const written = sentence.slice(word.start, word.end);
				const form = looksLikeAcronym(word.folded) ? written.toUpperCase() : capitalize(written);
				decisions[i + k] = { form, source: 'library', settled: true };
			});
			i += n - 1;
			break;
		}
	}
}

/**
 * Whether a mention of the names index stands where a name can: not a single word after
 * a determiner, a possessive, a pronoun or `to` (`a mark`, `his mark`, `to mark`, `we
 * mark`), where a word of the same spelling is the common word.
 */
function looksLikeNameAt(sentence: string, words: readonly Word[], inside: readonly number[]): boolean {
	if (inside.length !== 1) return inside.length > 0;
	const before = words[inside[0]! - 1];
	if (!before || !/^\s+$/.test(sentence.slice(before.end, words[inside[0]!]!.start))) return true;
	return before.folded !== 'to' && !isPronounOrDeterminer(before.folded);
}

/**
 * French particles inside a name stay lower case and the word after them takes the
 * capital (`Palme d'Or`, `Côte d'Azur`), whatever case the other versions wrote them in.
 */
function lowerFrenchParticles(sentence: string, words: readonly Word[], decisions: CaseDecision[]): void {
	for (let i = 1; i + 1 < words.length; i++) {
		const word = words[i]!;
		if ((word.folded !== 'd' && word.folded !== 'l') || !/^['’]$/.test(sentence.slice(word.end, words[i + 1]!.start))) continue;
		const previous = decisions[i - 1]!.form;
		if (previous === undefined || caseShape(previous) === 'lower' || decisions[i - 1]!.source === 'sentence start') continue;
		if (decisions[i]!.form === undefined && decisions[i + 1]!.form === undefined) continue;
		const source = decisions[i]!.source ?? decisions[i + 1]!.source ?? 'corpus';
		decisions[i] = { form: sentence.slice(word.start, word.end).toLowerCase(), source: undefined, settled: true };
		decisions[i + 1] = { form: capitalize(sentence.slice(words[i + 1]!.start, words[i + 1]!.end)), source, settled: true };
	}
}

/** `soviets` → `soviet`: the learned capitals are looked up under the singular too. */
function singular(folded: string): string {
	return folded.length > 3 && folded.endsWith('s') && !folded.endsWith('ss') ? folded.slice(0, -1) : folded;
}
