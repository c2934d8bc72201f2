/** How the names index reads: role labels, the index's groups, mention counts. */
import type { PersonMentions } from '../people/collect-mentions.ts';
import type { PersonRole } from '../corpus/people-schema.ts';

const ROLE_LABELS: Record<PersonRole, string> = {
	director: 'Director',
	cinematographer: 'Cinematographer',
	writer: 'Writer',
	actor: 'Actor',
	actress: 'Actress',
	character: 'Character',
	'historical figure': 'Historical figure',
};

/** A group of the names index: its heading and the roles it gathers, in page order. */
export interface RoleGroup {
	/** Fragment id of the group's heading on `/people/`. */
	id: string;
	title: string;
	roles: readonly PersonRole[];
}

/** The film's makers, then its cast and characters, then the people the reviews bring in. */
export const ROLE_GROUPS: readonly RoleGroup[] = [
	{ id: 'directors', title: 'Directors', roles: ['director'] },
	{ id: 'cinematographers', title: 'Cinematographers', roles: ['cinematographer'] },
	{ id: 'writers', title: 'Writers', roles: ['writer'] },
	{ id: 'cast', title: 'Actors and actresses', roles: ['actor', 'actress'] },
	{ id: 'characters', title: 'Characters', roles: ['character'] },
	{ id: 'historical-figures', title: 'Historical figures', roles: ['historical figure'] },
];

/** How readers see a role: `historical figure` → "Historical figure". */
export function roleLabel(role: PersonRole): string {
	return ROLE_LABELS[role];
}

/** The groups of `ROLE_GROUPS` that have someone, each with its people in the order given. */
export function groupPeopleByRole<T extends { data: { role: PersonRole } }>(people: readonly T[]): (RoleGroup & { people: T[] })[] {
	return ROLE_GROUPS.map((group) => ({ ...group, people: people.filter((person) => group.roles.includes(person.data.role)) })).filter(
		(group) => group.people.length > 0,
	);
}

/** Number of texts that mention the person at least once. */
export function mentioningTextCount(mentions: PersonMentions): number {
	return mentions.reviews.reduce((sum, review) => sum + review.texts.length, 0);
}

/** `22 mentions in 5 texts`, `1 mention in 1 text`, or `Not mentioned in the texts`. */
export function mentionSummary(mentions: PersonMentions): string {
	if (mentions.count === 0) return 'Not mentioned in the texts';
	const texts = mentioningTextCount(mentions);
	return `${plural(mentions.count, 'mention')} in ${plural(texts, 'text')}`;
}

/** `1 mention`, `3 mentions`. */
export function plural(count: number, noun: string): string {
	return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
