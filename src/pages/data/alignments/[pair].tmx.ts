import type { APIRoute } from 'astro';
import { alignmentTmx } from '../../../site/alignment-tmx.ts';
import { getAlignmentDataPaths, type PairAlignment } from '../../../site/get-alignments.ts';

export const getStaticPaths = () => getAlignmentDataPaths();

/**
 * `/data/alignments/<a>--<b>.tmx`: the alignment's two-sided links as a TMX 1.4 translation
 * memory, each `<seg>` the reading view of its sentences (the header says so).
 */
export const GET: APIRoute<{ alignment: PairAlignment }> = ({ props }) =>
	new Response(alignmentTmx(props.alignment), { headers: { 'Content-Type': 'application/x-tmx+xml; charset=utf-8' } });
