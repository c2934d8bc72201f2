import type { APIRoute } from 'astro';
import { describeCorpus } from '../../site/corpus-data.ts';
import { getTexts } from '../../site/get-corpus.ts';

/** `/data/corpus.json`: every text with its metadata and where its data lives. */
export const GET: APIRoute = async () => Response.json(describeCorpus(await getTexts()));
