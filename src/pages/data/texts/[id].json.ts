import type { APIRoute, GetStaticPaths } from 'astro';
import { describeTextSentences } from '../../../site/corpus-data.ts';
import { getTexts, type TextRecord } from '../../../site/get-corpus.ts';

export const getStaticPaths = (async () =>
	(await getTexts()).map((text) => ({ params: { id: text.id }, props: { text } }))) satisfies GetStaticPaths;

/** `/data/texts/<id>.json`: a text's sentences, each its exact characters. */
export const GET: APIRoute<{ text: TextRecord }> = ({ props }) => Response.json(describeTextSentences(props.text));
