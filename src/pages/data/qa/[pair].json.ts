import type { APIRoute } from 'astro';
import { describeQa } from '../../../site/corpus-data.ts';
import { getQaDataPaths, type PairQa } from '../../../site/get-qa.ts';

export const getStaticPaths = () => getQaDataPaths();

/** `/data/qa/<a>--<b>.json`: what the translation checks found in a pair, link by link. */
export const GET: APIRoute<{ qa: PairQa }> = ({ props }) => Response.json(describeQa(props.qa));
