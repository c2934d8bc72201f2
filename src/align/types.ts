/**
 * The aligner's data: texts as lists of sentences, links between them. Plain data, so
 * the aligner runs anywhere (build, command line, browser) and its output is JSON as is.
 */
import type { MentionMatcher } from '../people/find-mentions.ts';

/** A text to align: its sentences in order, as the reading view (so tokenization is no difference). */
export interface AlignText {
	/** The text's id (`a-en`); used in the output and in TMX. */
	id: string;
	/** BCP 47 language tag (`en`, `es`): picks stop words, and tells same-language pairs apart. */
	lang: string;
	sentences: readonly AlignSentence[];
}

/** One sentence of an `AlignText`. */
export interface AlignSentence {
	/** The sentence id (`s1`), unique in its text. */
	id: string;
	/** What is compared: the sentence's reading view. */
	text: string;
}

/**
 * A link of the alignment: sentences of the source and the target that say the same
 * thing. 0–3 sentence ids per side, consecutive and in text order, never both sides empty.
 */
export interface AlignmentLink {
	source: string[];
	target: string[];
	/**
	 * The estimated probability that the link is right, in [0, 1], calibrated on held-out
	 * translations (`score-confidence.ts`, `npm run eval:align`). 0 for a link with an
	 * empty side, which claims no translation.
	 */
	confidence: number;
}

/** Options of `alignSentences`. */
export interface AlignOptions {
	/**
	 * The names index, built once (`createMentionMatcher`): a person's name counts as
	 * the same anchor under any spelling (`Krushchev` = `Jrushchov`). Without it, names
	 * still match as words when they are spelt alike.
	 */
	matcher?: MentionMatcher;
}
