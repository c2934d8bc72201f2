/**
 * What ties a row of a translation together for a reader: numbers and names that occur
 * on both sides (`1957`, `Kalatozov`, `Uresevsky` ↔ `Urusevsky`). They are marked subtly
 * in both columns, as evidence of the link.
 */
import { findNumbers } from '../align/index.ts';
import { findMentions, type MentionMatcher } from '../people/find-mentions.ts';

export interface AnchorRange {
	start: number;
	end: number;
	/** What makes two ranges the same anchor: the number as the aligner counts it, or the person's id. */
	key: string;
}

function anchorsIn(text: string, matcher: MentionMatcher | undefined): AnchorRange[] {
	const numbers = findNumbers(text).map(({ start, end, key }) => ({ start, end, key: `number:${key}` }));
	const names = matcher ? findMentions(text, matcher).map(({ start, end, personId }) => ({ start, end, key: `person:${personId}` })) : [];
	return [...numbers, ...names].sort((a, b) => a.start - b.start);
}

/** The anchors found on both sides, as ranges into each side's text. */
export function sharedAnchors(source: string, target: string, matcher?: MentionMatcher): { source: AnchorRange[]; target: AnchorRange[] } {
	const a = anchorsIn(source, matcher);
	const b = anchorsIn(target, matcher);
	const inA = new Set(a.map((anchor) => anchor.key));
	const inB = new Set(b.map((anchor) => anchor.key));
	return { source: a.filter((anchor) => inB.has(anchor.key)), target: b.filter((anchor) => inA.has(anchor.key)) };
}
