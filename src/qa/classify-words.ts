/**
 * Sorting a link's target words for the word checks, once per link: which are words of
 * the target's language, which the source's language left behind (`untranslated`),
 * which are a name misspelt (`name-variant`), and which no dictionary knows
 * (`not-a-word`). What is never flagged: names from the names index, numbers, words in
 * another script, words the source also has, words made from a name (`estalinistas`),
 * a capitalised word taken from the source (`Blitzkrieg`, `Palm d'Or`: a title or a
 * name), and any word the target's language knows, however English it looks (but for a
 * source word left in capitals, see below).
 */
import { foldToken } from '../text/fold-name.ts';
import { languageData } from './language-data.ts';
import type { LinkContext, LinkSentence } from './link-context.ts';
import { residueRanges } from './residue-pattern.ts';
import { isNearSpelling } from './similar-spelling.ts';
import { hasDigit, isAllCaps, isLatinScript, isTitleCase, lowerWord, type Word } from './words.ts';

/** The words of a link's target the checks look at, at most, so a huge sentence costs bounded work. */
export const MAX_WORDS_CHECKED = 1000;
// Names fold to tokens this long or longer to count as the stem of a derived word.
const MIN_NAME_STEM = 5;
// No word of a dictionary is longer: a longer run of letters is not judged as a word.
const MAX_WORD_LENGTH = 40;

export type WordClass =
	| { kind: 'untranslated'; verbatim: boolean; clitic?: string }
	| { kind: 'not-a-word' }
	| { kind: 'name-variant'; model: string; personId: string; inSource: boolean };

export interface ClassifiedWord {
	sentence: LinkSentence;
	word: Word;
	class: WordClass;
}

/**
 * The link's source words, lower-cased, whole and cut at apostrophes and hyphens; and
 * those it writes in capitals (`USA`), lower-cased.
 */
function sourceWordSets(context: LinkContext): { words: Set<string>; capitals: Set<string> } {
	const words = new Set<string>();
	const capitals = new Set<string>();
	for (const sentence of context.source.sentences) {
		for (const { text } of sentence.words.slice(0, MAX_WORDS_CHECKED)) {
			const lower = lowerWord(text);
			words.add(lower);
			for (const part of lower.split(/['\u2010-]/)) words.add(part);
			if (isAllCaps(text)) capitals.add(lower);
		}
	}
	return { words, capitals };
}

type IndexTokens = Map<string, { personId: string; written: string }>;
// Worked out once per names index, not once per link.
const indexTokenCache = new WeakMap<object, IndexTokens>();

/** Each word of every spelling of the names index, folded, with its person and as written. */
function indexTokens(context: LinkContext): IndexTokens {
	const matcher = context.tools.matcher;
	const cached = matcher && indexTokenCache.get(matcher);
	if (cached) return cached;
	const tokens: IndexTokens = new Map();
	if (matcher) indexTokenCache.set(matcher, tokens);
	for (const [personId, spellings] of matcher?.spellingsOf ?? []) {
		for (const spelling of spellings) {
			for (const part of spelling.split(/[\s\u2010-]+/))
				if (!tokens.has(foldToken(part))) tokens.set(foldToken(part), { personId, written: part });
		}
	}
	return tokens;
}

/** The target words that some word check flags, in text order. */
export function classifyTargetWords(context: LinkContext): ClassifiedWord[] {
	const { source, target, sameLanguage } = context;
	const lexicon = target.lexicon;
	if (!lexicon) return [];
	const { words: sourceWords, capitals: sourceCapitals } = sourceWordSets(context);
	const names = indexTokens(context);
	const sourceNames = new Map<string, string>();
	for (const sentence of source.sentences) {
		for (const mention of sentence.mentions) {
			for (const part of sentence.text.slice(mention.start, mention.end).split(/[\s\u2010-]+/)) sourceNames.set(part, mention.personId);
		}
	}
	const foreignClitics = sameLanguage ? [] : (languageData(source.lang)?.clitics ?? []).filter((c) => c.length > 1);
	const ownClitics = languageData(target.lang)?.clitics ?? [];
	const out: ClassifiedWord[] = [];
	let budget = MAX_WORDS_CHECKED;
	for (const sentence of target.sentences) {
		// Words inside markup or an entity (`nbsp` of `&nbsp;`) are residue, not words.
		const residue = residueRanges(sentence.text);
		let [m, r] = [0, 0];
		for (const word of sentence.words) {
			if (budget-- <= 0) return out;
			while (m < sentence.mentions.length && sentence.mentions[m]!.end <= word.start) m++;
			while (r < residue.length && residue[r]!.end <= word.start) r++;
			if (r < residue.length && residue[r]!.start < word.end) continue;
			const named = m < sentence.mentions.length && sentence.mentions[m]!.start < word.end;
			const found = classify(word, named);
			if (found) out.push({ sentence, word, class: found });
		}
	}
	return out;

	function classify(word: Word, named: boolean): WordClass | undefined {
		const text = word.text.replace(/’/g, "'");
		if (text.length > MAX_WORD_LENGTH || hasDigit(text) || !isLatinScript(text)) return undefined;
		const lower = lowerWord(text);
		const clitic = foreignClitics.find((c) => lower.endsWith(c) && lower.length > c.length + 1);
		// `Eisenstein's`: the name is right, the English genitive is not Spanish.
		if (clitic && !lexicon!.knows(text)) return { kind: 'untranslated', verbatim: sourceWords.has(lower), clitic };
		if (named) return undefined;
		const verbatim = sourceWords.has(lower);
		// Machine translation leaves spans in capitals untranslated (`{A MERE nueve …}`): a
		// source word the target writes in capitals, though the source does not, is that,
		// even when the target's language has a word spelt so (Spanish `mere`, of `merar`).
		if (
			!sameLanguage &&
			verbatim &&
			isAllCaps(text) &&
			text.length >= 3 &&
			!sourceCapitals.has(lower) &&
			source.lexicon?.knowsCommon(text)
		) {
			return { kind: 'untranslated', verbatim };
		}
		if (lexicon!.knows(text)) return undefined;
		if (isTitleCase(text) && !word.initial && verbatim) return undefined;
		if (!sameLanguage && source.lexicon?.knowsCommon(text)) return { kind: 'untranslated', verbatim };
		if (verbatim) return undefined;
		// A word of a name up to accents (`Nikolái`) is that name; one misspelt is a name
		// finding, before anything made from a name is let go.
		const folded = foldToken(text);
		if (names.has(folded) || [...sourceNames.keys()].some((part) => foldToken(part) === folded)) return undefined;
		const bare = ownClitics.reduce((word, clitic) => (word.toLowerCase().endsWith(clitic) ? word.slice(0, -clitic.length) : word), text);
		for (const [model, personId] of sourceNames)
			if (isNearSpelling(bare, model)) return { kind: 'name-variant', model, personId, inSource: true };
		for (const [model, { personId, written }] of names) {
			if (isNearSpelling(bare, model)) return { kind: 'name-variant', model: written, personId, inSource: false };
		}
		for (const stem of names.keys()) if (stem.length >= MIN_NAME_STEM && folded.includes(stem)) return undefined;
		// A lone letter (`b)` of a list) or a short acronym is no word to judge.
		if ((isAllCaps(text) && text.length <= 5) || [...text].length === 1) return undefined;
		return { kind: 'not-a-word' };
	}
}
