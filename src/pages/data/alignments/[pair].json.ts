import type { APIRoute } from 'astro';
import { describeAlignment } from '../../../site/corpus-data.ts';
import { getAlignmentDataPaths } from '../../../site/get-alignments.ts';
import type { PairAlignment } from '../../../site/get-alignments.ts';

export const getStaticPaths = () => getAlignmentDataPaths();

/** `/data/alignments/<a>--<b>.json`: the links of two texts, in text order. */
export const GET: APIRoute<{ alignment: PairAlignment }> = ({ props }) => Response.json(describeAlignment(props.alignment));
