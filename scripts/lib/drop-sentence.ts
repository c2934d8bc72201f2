/**
 * Perturbed pairs for measuring robustness: the same pair with one sentence removed from
 * one side, and the gold alignment that follows from the hand-written one (the sentence
 * leaves its link; a link left with one empty side is a 1:0 or 0:1 link). The seed pairs
 * are aligned perfectly even by sentence lengths alone; with a sentence missing, lengths
 * mislead and only the anchors tell where the gap is.
 */
import { type AlignText, type LinkSides } from '../../src/align/index.ts';

/** One perturbed pair. */
export interface PerturbedPair {
	source: AlignText;
	target: AlignText;
	gold: LinkSides[];
	/** `target s3`: which sentence was dropped. */
	dropped: string;
}

/** Every pair made by dropping one sentence of the source or of the target. */
export function dropEachSentence(source: AlignText, target: AlignText, gold: readonly LinkSides[]): PerturbedPair[] {
	const pairs: PerturbedPair[] = [];
	for (const side of ['source', 'target'] as const) {
		const text = side === 'source' ? source : target;
		for (const drop of text.sentences) {
			const cut: AlignText = { ...text, sentences: text.sentences.filter((sentence) => sentence !== drop) };
			pairs.push({
				source: side === 'source' ? cut : source,
				target: side === 'target' ? cut : target,
				gold: gold
					.map((link) => ({ ...link, [side]: link[side].filter((id) => id !== drop.id) }))
					.filter((link) => link.source.length + link.target.length > 0),
				dropped: `${side} ${drop.id}`,
			});
		}
	}
	return pairs;
}
