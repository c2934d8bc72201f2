import type { APIRoute, GetStaticPaths } from 'astro';
import { getTexts, type TextRecord } from '../../site/get-corpus.ts';
import { encodeVerbatim } from '../../site/encode-verbatim.ts';

export const getStaticPaths = (async () =>
	(await getTexts()).map((text) => ({ params: { id: text.id }, props: { text } }))) satisfies GetStaticPaths;

/** The text's file, byte for byte as it is in the corpus folder. */
export const GET: APIRoute<{ text: TextRecord }> = ({ props }) =>
	new Response(encodeVerbatim(props.text), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
