/**
 * Anchors: the parts of a sentence that survive translation, so that a sentence and its
 * translation share them and unrelated sentences mostly do not.
 * - numbers and dates, as written (`1956`, `06-02-41`, `20` of `20%`, `20th` and `20º`);
 * - people, by id, under any spelling the names index knows (`krushchev` = `Jrushchov`);
 * - marks that translation keeps: brackets, quotations, `%`, `?`, `!`, `/`;
 * - words, by cognate key (`cognate-key.ts`): identical words, cognates, and within one
 *   language the content words themselves.
 */
import { findMentions, type MentionMatcher } from '../people/find-mentions.ts';
import { nameTokens } from '../text/fold-name.ts';
import { cognateKey } from './cognate-key.ts';

/** What an anchor is; each kind has its weight (`sentence-profiles.ts`). */
export type AnchorKind = 'number' | 'name' | 'mark' | 'word';

/** One anchor of a sentence; a sentence may hold the same anchor more than once. */
export interface Anchor {
	kind: AnchorKind;
	/** Equal keys of the same kind are the same anchor. */
	key: string;
}

// A number, with the separators of dates and ranges inside it: `06-02-41`, `1941-1945`.
const NUMBER = /\p{Nd}+(?:[-/.:,]\p{Nd}+)*/gu;
// Thousands separators differ by language (1,000 / 1.000): drop them.
const THOUSANDS = /(?<=\p{Nd})[.,](?=\p{Nd}{3}(?!\p{Nd}))/gu;
// Marks, by the key they count as. An opening quotation mark counts once per quotation,
// however the language writes it: “ (U+201C), « (U+00AB), „ (U+201E).
const MARKS: Readonly<Record<string, string>> = {
	'(': '(',
	'[': '[',
	'{': '{',
	'“': '“',
	'«': '“',
	'„': '“',
	'%': '%',
	'?': '?',
	'!': '!',
	'/': '/',
};

/**
 * The numbers of a text, where they are and what they count as: the digits without
 * thousands separators, so `1,000` and `1.000` are one number. The aligner weighs them,
 * and the comparison pages mark those both sides share.
 */
export function findNumbers(text: string): { start: number; end: number; key: string }[] {
	return [...text.matchAll(NUMBER)].map((match) => ({
		start: match.index,
		end: match.index + match[0].length,
		key: match[0].replace(THOUSANDS, ''),
	}));
}

/** The anchors of one sentence, in no particular order. */
export function extractAnchors(text: string, stopWords: ReadonlySet<string>, matcher?: MentionMatcher): Anchor[] {
	const anchors: Anchor[] = findNumbers(text).map(({ key }) => ({ kind: 'number', key }));
	for (const char of text) {
		const mark = MARKS[char];
		if (mark) anchors.push({ kind: 'mark', key: mark });
	}
	// A straight double quote left in the reading view: a pair counts as one quotation.
	const straightQuotes = text.split('"').length - 1;
	for (let i = 1; i < straightQuotes; i += 2) anchors.push({ kind: 'mark', key: '“' });

	const mentions = matcher ? findMentions(text, matcher) : [];
	for (const mention of mentions) anchors.push({ kind: 'name', key: mention.personId });
	let next = 0;
	for (const token of nameTokens(text)) {
		// Words of a name are that person's anchor, not words.
		while (next < mentions.length && mentions[next]!.end <= token.start) next++;
		const mention = mentions[next];
		if (mention && mention.start <= token.start && token.end <= mention.end) continue;
		const key = cognateKey(token.folded, stopWords);
		if (key) anchors.push({ kind: 'word', key });
	}
	return anchors;
}
