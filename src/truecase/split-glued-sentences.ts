/**
 * Glued sentences of a tokenized text (`crowds.perhaps`): a period between two
 * lower-case words is a sentence boundary when a cased version of the same review says
 * so, that is when the aligner puts the words before and after the period in different
 * links, each linked to sentences of the version (the Spanish translation ends a
 * sentence after `multitud.`, the rewrite after `crowds.` and starts the next with a
 * capital). Otherwise the line stays one sentence: `e.g.` in lower case glues nothing.
 */
import type { AlignmentLink } from '../align/index.ts';
import type { LoadedText } from '../corpus/load-corpus.ts';

/** The links between a text and each cased version of its review. */
export type VersionLinks = readonly (readonly AlignmentLink[])[];

/**
 * The candidate cuts (`findGluedPeriods`) that the versions confirm, given the text
 * already cut at every candidate (`split`) and its links to each version.
 */
export function confirmedCuts(split: LoadedText, candidates: readonly number[], links: VersionLinks): number[] {
	const sentences = split.data.sentences;
	return candidates.filter((cut) => {
		const after = sentences.findIndex((sentence) => sentence.start >= cut);
		if (after <= 0) return false;
		const before = sentences[after - 1]!.id;
		const next = sentences[after]!.id;
		return links.some((versionLinks) => {
			const linkOf = (id: string) => versionLinks.find((link) => link.source.includes(id));
			const [a, b] = [linkOf(before), linkOf(next)];
			return a !== undefined && b !== undefined && a !== b && a.target.length > 0 && b.target.length > 0;
		});
	});
}
