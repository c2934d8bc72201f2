import type { APIRoute } from 'astro';
import { getPeople, getPeopleMentions } from '../../site/get-people.ts';
import { describePeople } from '../../site/people-data.ts';

/** `/data/people.json`: the names index with every spelling, for the search page's query expansion. */
export const GET: APIRoute = async () => Response.json(describePeople(await getPeople(), await getPeopleMentions()));
