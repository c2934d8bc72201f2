/**
 * Checks of the names index that span several people, run by `PeopleSchema` once each
 * person is valid on its own.
 */
import { foldName } from '../text/fold-name.ts';
import type { Person } from './people-schema.ts';

/** A problem at a path below `people`: `[3, 'spellings', 1]` is `people[3].spellings[1]`. */
export interface PeopleIssue {
	path: (string | number)[];
	message: string;
}

const PERFORMERS: ReadonlySet<Person['role']> = new Set(['actor', 'actress']);

/**
 * Finds duplicate ids, spellings that name two people (the matcher could not tell which
 * one a mention is) or that repeat one already given once case and accents are ignored,
 * and `playedBy` links that point nowhere or not from a character to an actor.
 */
export function checkPeople(people: readonly Person[]): PeopleIssue[] {
	const issues: PeopleIssue[] = [];
	const indexOfId = new Map<string, number>();
	people.forEach((person, i) => {
		const first = indexOfId.get(person.id);
		if (first === undefined) indexOfId.set(person.id, i);
		else issues.push({ path: [i, 'id'], message: `duplicate person id "${person.id}" (first used by people[${first}])` });
	});

	const ownerOfSpelling = new Map<string, { person: number; spelling: number }>();
	people.forEach((person, i) => {
		person.spellings.forEach((spelling, j) => {
			const folded = foldName(spelling);
			const owner = ownerOfSpelling.get(folded);
			if (owner === undefined) {
				ownerOfSpelling.set(folded, { person: i, spelling: j });
			} else if (owner.person === i) {
				const other = person.spellings[owner.spelling];
				issues.push({
					path: [i, 'spellings', j],
					message: `"${spelling}" repeats spellings[${owner.spelling}] "${other}" once case and accents are ignored`,
				});
			} else {
				const other = people[owner.person]!;
				issues.push({
					path: [i, 'spellings', j],
					message: `"${spelling}" is also a spelling of "${other.id}" (people[${owner.person}].spellings[${owner.spelling}]): a spelling must name one person only`,
				});
			}
		});
	});

	people.forEach((person, i) => {
		if (person.playedBy === undefined) return;
		const path = [i, 'playedBy'];
		const target = indexOfId.get(person.playedBy);
		if (person.role !== 'character') {
			issues.push({ path, message: `only a character is played by someone, and "${person.id}" is a ${person.role}` });
		} else if (target === undefined) {
			issues.push({ path, message: `no person with id "${person.playedBy}"` });
		} else if (!PERFORMERS.has(people[target]!.role)) {
			issues.push({ path, message: `"${person.playedBy}" is a ${people[target]!.role}, not an actor or actress` });
		}
	});
	return issues;
}
