/**
 * The people a search query names: by one of their spellings (the same matcher as the
 * texts' mentions, so `sergei urusevsky` is one name and `Stalin's` names Stalin), or,
 * for the word still being typed, by the beginning of a spelling (`urus` → Urusevsky).
 * Misspelled names and other scripts are `match-name-fuzzily.ts`'s and
 * `transliterate-query.ts`'s concern.
 *
 * No Node imports: the search page runs this.
 */
import { foldName, nameTokens } from '../text/fold-name.ts';
import { createMentionMatcher, findMentions, type MentionMatcher, type NamedPerson } from './find-mentions.ts';

/** A run of query words that names a person. */
export interface NameInQuery {
	personId: string;
	/** Indexes of the first and last query words of the name. */
	from: number;
	to: number;
	/** How the words name the person. */
	how: 'spelling' | 'beginning' | 'close';
}

/** A query word, as much of it as names need: where it is in the query. */
export interface WordPlace {
	start: number;
	end: number;
}

const matchers = new WeakMap<readonly NamedPerson[], MentionMatcher>();

/** The names index's matcher, built once per list of people. */
export function matcherOf(people: readonly NamedPerson[]): MentionMatcher {
	let matcher = matchers.get(people);
	if (!matcher) matchers.set(people, (matcher = createMentionMatcher(people)));
	return matcher;
}

/**
 * The people named by a spelling in `query`, as runs of the query's words (`words`,
 * in order). Words in `excluded` (quoted ones) are never part of a name.
 */
export function namesBySpelling(
	query: string,
	words: readonly WordPlace[],
	people: readonly NamedPerson[],
	excluded: ReadonlySet<number> = new Set(),
): NameInQuery[] {
	const names: NameInQuery[] = [];
	for (const mention of findMentions(query, matcherOf(people))) {
		// A query word holds the whole name, or part of it (`Stalin's` holds `Stalin`).
		const covered = words.flatMap((word, i) => (word.start < mention.end && word.end > mention.start ? [i] : []));
		if (covered.length === 0 || covered.some((i) => excluded.has(i))) continue;
		names.push({ personId: mention.personId, from: covered[0]!, to: covered.at(-1)!, how: 'spelling' });
	}
	return names;
}

/** The people one of whose spellings begins with `typed` (at least a few letters): `urus` → Urusevsky. */
export function peopleByBeginning(typed: string, people: readonly NamedPerson[]): string[] {
	const folded = foldName(typed);
	if (!folded) return [];
	return people.filter((person) => person.spellings.some((spelling) => foldName(spelling).startsWith(folded))).map((person) => person.id);
}

/** The folded words of a spelling: what a sentence's words must be, in a row, to mention it. */
export function spellingWords(spelling: string): string[] {
	return nameTokens(spelling).map((token) => token.folded);
}
