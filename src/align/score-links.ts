/**
 * Scoring an alignment against a gold one. The standard measure (Véronis & Langlais,
 * ARCADE; also Moore 2002) compares the sets of sentence pairs the links imply: a link
 * `s1 = t1 t2` implies (s1, t1) and (s1, t2). A link with an empty side implies none,
 * so a missed sentence counts against recall only. Exact links are scored too: stricter,
 * as a 1:2 link found as 1:1 plus 0:1 scores nothing there.
 */
import type { LinkSides } from './gold-links.ts';

/** Precision, recall and F1 of one measure. */
export interface Scores {
	precision: number;
	recall: number;
	f1: number;
}

/** Scores over implied sentence pairs (`pairs`) and over whole links (`links`). */
export function scoreLinks(found: readonly LinkSides[], gold: readonly LinkSides[]): { pairs: Scores; links: Scores } {
	return {
		pairs: compare(new Set(found.flatMap(sentencePairs)), new Set(gold.flatMap(sentencePairs))),
		links: compare(new Set(found.map(linkKey)), new Set(gold.map(linkKey))),
	};
}

/** The sentence pairs a link implies, as `source\ttarget` strings. */
export function sentencePairs(link: LinkSides): string[] {
	return link.source.flatMap((s) => link.target.map((t) => `${s}\t${t}`));
}

function linkKey(link: LinkSides): string {
	return `${link.source.join(' ')}\t${link.target.join(' ')}`;
}

function compare(found: ReadonlySet<string>, gold: ReadonlySet<string>): Scores {
	let correct = 0;
	for (const item of found) if (gold.has(item)) correct++;
	// An empty set is perfectly precise (it claims nothing) and perfectly recalls nothing to recall.
	const precision = found.size === 0 ? 1 : correct / found.size;
	const recall = gold.size === 0 ? 1 : correct / gold.size;
	const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
	return { precision, recall, f1 };
}
