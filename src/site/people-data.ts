/**
 * `/data/people.json`, a contract: the search page fetches it to find the people a query
 * names under any spelling and to show their cards (`src/people/name-query.ts`), and the
 * README's "Data formats" section documents it. `tests/unit/people-data.test.ts` pins it.
 */
import type { PersonMentions } from '../people/collect-mentions.ts';
import type { Person } from '../corpus/people-schema.ts';
import { personUrl } from './urls.ts';

/** `/data/people.json`: every person in file order, with their spellings and mention count. */
export function describePeople(people: readonly { data: Person }[], mentionsByPerson: ReadonlyMap<string, PersonMentions>) {
	return {
		people: people.map(({ data }) => ({
			id: data.id,
			name: data.name,
			role: data.role,
			description: data.description,
			spellings: [...data.spellings],
			url: personUrl(data.id),
			mentions: mentionsByPerson.get(data.id)?.count ?? 0,
		})),
	};
}
