import type { APIRoute } from 'astro';
import { describeCorpus } from '../../site/corpus-data.ts';
import { getAllAlignments } from '../../site/get-alignments.ts';
import { getTexts } from '../../site/get-corpus.ts';

/** `/data/corpus.json`: every text and every alignment, with where their data lives. */
export const GET: APIRoute = async () => Response.json(describeCorpus(await getTexts(), await getAllAlignments()));
