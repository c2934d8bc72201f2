import { alignmentToTmx, toAlignText } from '../align/index.ts';
import type { PairAlignment } from './get-alignments.ts';

/** `/data/alignments/<a>--<b>.tmx`: an alignment as a TMX 1.4 translation memory. */
export function alignmentTmx({ source, target, links }: PairAlignment): string {
	return alignmentToTmx({ source: toAlignText(source.data), target: toAlignText(target.data), links });
}
