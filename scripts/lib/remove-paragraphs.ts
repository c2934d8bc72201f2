/**
 * Parallel texts with paragraphs removed from one side, and the gold alignment that
 * follows (each removed sentence leaves its link; a link left with one empty side is a
 * 1:0 or 0:1 link). The sentences whose partners were removed must then stand alone,
 * not be glued onto a neighbour's link.
 */
import type { PerturbedPair } from './drop-sentence.ts';
import type { ParallelText } from './parallel-texts.ts';

/** Paragraphs `p` with `p % REMOVAL_PERIOD === offset` are removed: 4 of 60. */
export const REMOVAL_PERIOD = 15;
/** One variant per offset and side: paragraphs removed at three different places. */
export const REMOVAL_OFFSETS = [2, 7, 12] as const;

/** Every variant of `text` with paragraphs removed from its source or its target. */
export function removeParagraphs(text: ParallelText): PerturbedPair[] {
	return (['source', 'target'] as const).flatMap((side) =>
		REMOVAL_OFFSETS.map((offset) => {
			const removed = new Set(text.paragraphs.filter((_, p) => p % REMOVAL_PERIOD === offset).flatMap((paragraph) => paragraph[side]));
			const cut = { ...text[side], sentences: text[side].sentences.filter((sentence) => !removed.has(sentence.id)) };
			return {
				source: side === 'source' ? cut : text.source,
				target: side === 'target' ? cut : text.target,
				gold: text.gold
					.map((link) => ({ ...link, [side]: link[side].filter((id) => !removed.has(id)) }))
					.filter((link) => link.source.length + link.target.length > 0),
				dropped: `${side} paragraphs p % ${REMOVAL_PERIOD} = ${offset}`,
			};
		}),
	);
}
