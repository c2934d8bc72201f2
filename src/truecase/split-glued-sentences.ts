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
	// Sentence id → its link, per version: one pass over the links.
	const linkOf = links.map((versionLinks) => new Map(versionLinks.flatMap((link) => link.source.map((id) => [id, link] as const))));
	const startsAt = new Map(sentences.map((sentence, i) => [sentence.start, i]));
	return candidates.filter((cut) => {
		// The text is cut at every candidate, and a letter follows a glued period: a
		// sentence starts right at each cut.
		const after = startsAt.get(cut);
		if (after === undefined || after === 0) return false;
		const before = sentences[after - 1]!.id;
		const next = sentences[after]!.id;
		return linkOf.some((byId) => {
			const [a, b] = [byId.get(before), byId.get(next)];
			return a !== undefined && b !== undefined && a !== b && a.target.length > 0 && b.target.length > 0;
		});
	});
}
