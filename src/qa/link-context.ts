/**
 * What the checks read of one link of an alignment: the sentences of each side with
 * their words and the names in them, each side's lexicon, and what holds for the whole
 * pair (its length ratio, the names index).
 */
import type { MentionMatcher, Mention } from '../people/find-mentions.ts';
import { findMentions } from '../people/find-mentions.ts';
import type { Lexicon } from './lexicon.ts';
import { wordsOf, type Word } from './words.ts';

/** A sentence as the checks take it. */
export interface QaSentence {
	id: string;
	/** What readers see: the reading view (names recased), where marks are placed. */
	text: string;
	/** The file's exact characters, for what the reading view hides (`<br />`). */
	exact: string;
}

/** A text as the checks take it. */
export interface QaText {
	id: string;
	lang: string;
	sentences: readonly QaSentence[];
}

/** A sentence of a link, with its words and names. */
export interface LinkSentence extends QaSentence {
	words: Word[];
	mentions: Mention[];
}

export interface LinkSide {
	lang: string;
	sentences: LinkSentence[];
	lexicon: Lexicon | undefined;
}

/** What every check of a pair shares. */
export interface PairTools {
	/** Lexicons by primary language subtag; a language without one skips the dictionary checks. */
	lexicons: ReadonlyMap<string, Lexicon>;
	/** The names index, built once (`createMentionMatcher`). */
	matcher?: MentionMatcher | undefined;
	/** Each person's name, for messages (person id → name). */
	personNames?: ReadonlyMap<string, string> | undefined;
}

export interface LinkContext {
	/** The link's index in the pair's links. */
	index: number;
	source: LinkSide;
	target: LinkSide;
	sameLanguage: boolean;
	tools: PairTools;
	/** Target characters per source character over the pair's two-sided links. */
	lengthRatio: number;
	/** How messages name the two texts: `the original`, `the translation`. */
	labels: PairLabels;
}

export interface PairLabels {
	source: string;
	target: string;
}

const primary = (lang: string) => lang.split('-')[0]!.toLowerCase();

/** The sentences of a side of a link, with their words and mentions. */
export function linkSide(text: QaText, ids: readonly string[], byId: ReadonlyMap<string, QaSentence>, tools: PairTools): LinkSide {
	return {
		lang: primary(text.lang),
		lexicon: tools.lexicons.get(primary(text.lang)),
		sentences: ids.map((id) => {
			const sentence = byId.get(id) ?? { id, text: '', exact: '' };
			return { ...sentence, words: wordsOf(sentence.text), mentions: tools.matcher ? findMentions(sentence.text, tools.matcher) : [] };
		}),
	};
}
