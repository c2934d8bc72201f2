/**
 * The corpus-wide pass that gives lower-cased texts a reading view that reads like the
 * review: glued sentences split and capitals restored, from the evidence of the cased
 * versions of each review. It runs once per build, after `loadCorpus`, and its result is
 * the texts' `reading`: every page, search record, comparison cell and TMX segment shows
 * it. Sentences stay exact slices of the files.
 *
 * Linear in the corpus: each lower-cased text is aligned with the cased versions of its
 * own review only (at most 20 texts a review), and the learned capitals are one pass
 * over the cased English texts.
 */
import { alignSentences, toAlignText } from '../align/index.ts';
import { primaryLanguage } from '../corpus/languages.ts';
import { resegmentText, type Corpus, type LoadedText } from '../corpus/load-corpus.ts';
import { recaseMentions } from '../people/canonical-case.ts';
import { createMentionMatcher, findMentions, type MentionMatcher } from '../people/find-mentions.ts';
import { findGluedPeriods } from '../text/segment-sentences.ts';
import { addAlignedVotes, type WordedText } from './aligned-capitals.ts';
import { emptyVotes } from './case-votes.ts';
import { learnCapitals } from './learned-capitals.ts';
import { confirmedCuts } from './split-glued-sentences.ts';
import { truecaseText, type CaseSource, type Evidence } from './truecase-text.ts';
import { knownTitles } from './work-titles.ts';
import { wordsOf } from './word-positions.ts';

/** The share of upper-case letters under which a text counts as lower-cased. */
const LOWER_CASED_BELOW = 0.01;

/** The corpus with its reading views, and why each word of each truecased text has its capital. */
export interface TruecasedCorpus {
	corpus: Corpus;
	/** Text id → per sentence, per word (`wordsOf` the reading view): the source of its capital. */
	sources: Map<string, (CaseSource | undefined)[][]>;
}

/** `corpus` with glued sentences split and capitals restored in the reading views. */
export function truecaseCorpus(corpus: Corpus): Corpus {
	return truecaseCorpusWithSources(corpus).corpus;
}

/**
 * `truecaseCorpus`, with the source of every capital, for measuring the truecaser; with
 * `evidence`, only those sources speak (to measure each alone).
 */
export function truecaseCorpusWithSources(corpus: Corpus, evidence?: readonly Evidence[]): TruecasedCorpus {
	const matcher = createMentionMatcher(corpus.people);
	const lowerCased = new Set(corpus.texts.filter(isLowerCased).map((text) => text.data.id));
	const learned = learnCapitals(corpus.texts.filter((text) => !lowerCased.has(text.data.id) && isEnglish(text)).map(worded));
	const works = new Map(corpus.reviews.map((review) => [review.id, knownTitles(review.work)]));
	const versionsOf = Map.groupBy(
		corpus.texts.filter((text) => !lowerCased.has(text.data.id)),
		(text) => text.data.review,
	);
	const sources = new Map<string, (CaseSource | undefined)[][]>();
	const texts = corpus.texts.map((text) => {
		if (!lowerCased.has(text.data.id)) return withNames(text, matcher);
		const versions = versionsOf.get(text.data.review) ?? [];
		const { split, links } = splitGluedSentences(text, versions, matcher);
		if (!isEnglish(split)) return withNames(split, matcher);
		const words = worded(split);
		const votes = emptyVotes(words.words.map((sentence) => sentence.length));
		versions.forEach((version, v) => {
			addAlignedVotes(votes, words, worded(version), links[v]!, primaryLanguage(version.data.lang) === primaryLanguage(split.data.lang));
		});
		const truecased = truecaseText({ text: words, votes, learned, titles: works.get(split.data.review) ?? [], matcher, evidence });
		sources.set(split.data.id, truecased.sources);
		return { ...split, data: { ...split.data, reading: truecased.reading } };
	});
	return { corpus: { ...corpus, texts }, sources };
}

/**
 * The text cut at the glued periods its versions confirm, and its links to each
 * version. Aligning once with every candidate cut is enough when all are confirmed,
 * as they usually are; otherwise the text is cut again and realigned.
 */
function splitGluedSentences(text: LoadedText, versions: readonly LoadedText[], matcher: MentionMatcher) {
	const align = (current: LoadedText) =>
		versions.map((version) => alignSentences(toAlignText(current.data), toAlignText(version.data), { matcher }));
	const candidates = text.data.format === 'tokenized' && versions.length > 0 ? findGluedPeriods(text.body) : [];
	if (candidates.length === 0) return { split: text, links: align(text) };
	const trial = resegmentText(text, candidates);
	const trialLinks = align(trial);
	const cuts = confirmedCuts(trial, candidates, trialLinks);
	if (cuts.length === candidates.length) return { split: trial, links: trialLinks };
	const split = cuts.length === 0 ? text : resegmentText(text, cuts);
	return { split, links: align(split) };
}

/** A text's reading view with names recased as the names index writes them, as it always was. */
function withNames(text: LoadedText, matcher: MentionMatcher): LoadedText {
	const reading = text.data.reading.map((sentence) => recaseMentions(sentence, findMentions(sentence, matcher)));
	return { ...text, data: { ...text.data, reading } };
}

function worded(text: LoadedText): WordedText {
	const { id, sentences, reading } = text.data;
	return { id, sentenceIds: sentences.map((sentence) => sentence.id), reading, words: reading.map(wordsOf) };
}

function isEnglish(text: LoadedText): boolean {
	return primaryLanguage(text.data.lang) === 'en';
}

/** Whether a text is written in lower case: almost no upper-case letter, and some letters. */
function isLowerCased(text: LoadedText): boolean {
	let upper = 0;
	let lower = 0;
	for (const sentence of text.data.sentences) {
		upper += sentence.text.match(/\p{Lu}/gu)?.length ?? 0;
		lower += sentence.text.match(/\p{Ll}/gu)?.length ?? 0;
	}
	return lower > 0 && upper < LOWER_CASED_BELOW * (upper + lower);
}
