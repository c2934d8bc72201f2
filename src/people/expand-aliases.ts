/**
 * Search by any spelling of a name: a query naming a person is expanded into the same
 * query with each other spelling of that person, so `Urusevsky` also finds review A's
 * `uresevsky`. Runs at build time and in the browser (from the JSON `aliasTable`): no
 * Node imports here or in what this file imports.
 */
import { foldName, nameTokens } from './fold-name.ts';
import { createMentionMatcher, findMentions, type MentionMatcher, type NamedPerson } from './find-mentions.ts';

/** The spellings of the names index in a compact, JSON-serialisable form for the browser. */
export interface AliasTable {
	/** Folded spelling (`sergei urusevsky`) → id of the person it names. */
	personBySpelling: Record<string, string>;
	/** Person id → the person's spellings, as people.yaml writes them. */
	spellingsByPerson: Record<string, string[]>;
}

/**
 * The most queries `expandQuery` returns, the query itself included. Each alternative is
 * one more search for the browser to run, so it is kept small, and it caps a query of
 * many names, whose alternatives would otherwise multiply. It is enough for the usual
 * queries: a name with up to 16 spellings always expands in full, and two names outside
 * quotes with up to 3 shortest forms each (see below) to all 3 × 3 combinations; beyond
 * that, every single replacement still comes before any pair.
 */
export const MAX_ALTERNATIVES = 16;

/** The alias table of `people`, to ship to the browser. */
export function aliasTable(people: readonly NamedPerson[]): AliasTable {
	return {
		// Object.fromEntries defines own properties, so even a spelling `__proto__` is safe.
		personBySpelling: Object.fromEntries(people.flatMap((person) => person.spellings.map((spelling) => [foldName(spelling), person.id]))),
		spellingsByPerson: Object.fromEntries(people.map((person) => [person.id, [...person.spellings]])),
	};
}

const matchers = new WeakMap<object, MentionMatcher>();
const QUOTED = /"[^"]*"|\u201C[^\u201D]*\u201D/g;

/**
 * The alternatives of `query`: first `query` itself, then the query with names replaced
 * by other spellings of the same person, fewest replacements first (every single
 * replacement comes before any pair), at most `MAX_ALTERNATIVES`. Words that are not
 * names, quotes and everything else stay as typed.
 *
 * Outside double quotes, words are searched one by one, so a spelling whose words
 * include all the words of a shorter one (`Sergei Urusevsky` and `Urusevsky`) finds
 * nothing more: only the shortest forms are used there. Inside quotes a phrase is
 * searched, word order and neighbours matter, and every spelling is used.
 * @param source The people, or their `aliasTable` (in the browser).
 */
export function expandQuery(query: string, source: AliasTable | readonly NamedPerson[]): string[] {
	const matcher = matcherFor(source);
	const quoted = [...query.matchAll(QUOTED)].map((match) => [match.index, match.index + match[0].length] as const);
	const slots = findMentions(query, matcher)
		.map((mention) => {
			const typed = query.slice(mention.start, mention.end);
			const inQuotes = quoted.some(([from, to]) => mention.start > from && mention.end < to);
			const spellings = matcher.spellingsOf.get(mention.personId) ?? [];
			const others = (inQuotes ? spellings : shortestForms(spellings)).filter((s) => foldName(s) !== foldName(typed));
			return { ...mention, options: [typed, ...others] };
		})
		.filter((slot) => slot.options.length > 1);

	const alternatives = new Set<string>([query]);
	for (const choice of choicesByReplacements(slots.map((slot) => slot.options.length))) {
		if (alternatives.size >= MAX_ALTERNATIVES) break;
		let text = '';
		let from = 0;
		slots.forEach((slot, i) => {
			text += query.slice(from, slot.start) + slot.options[choice[i]!];
			from = slot.end;
		});
		alternatives.add(text + query.slice(from));
	}
	return [...alternatives];
}

function matcherFor(source: AliasTable | readonly NamedPerson[]): MentionMatcher {
	let matcher = matchers.get(source);
	if (!matcher) {
		const people = isPeopleList(source) ? source : Object.entries(source.spellingsByPerson).map(([id, spellings]) => ({ id, spellings }));
		matcher = createMentionMatcher(people);
		matchers.set(source, matcher);
	}
	return matcher;
}

function isPeopleList(source: AliasTable | readonly NamedPerson[]): source is readonly NamedPerson[] {
	return Array.isArray(source);
}

/** The spellings whose set of words does not contain all the words of another one. */
function shortestForms(spellings: readonly string[]): string[] {
	const words = spellings.map((spelling) => new Set(nameTokens(spelling).map((token) => token.folded)));
	return spellings.filter((_, i) =>
		words.every((other, j) => j === i || other.size >= words[i]!.size || ![...other].every((word) => words[i]!.has(word))),
	);
}

/**
 * Choice vectors over slots with `counts[i]` options each (0 = as typed), by number of
 * replaced slots: none, then each single one, then pairs... Lazy, so a capped caller
 * never enumerates the whole product.
 */
function* choicesByReplacements(counts: readonly number[]): Generator<number[]> {
	const choice = counts.map(() => 0);
	function* replace(left: number, from: number): Generator<number[]> {
		if (left === 0) {
			yield [...choice];
			return;
		}
		for (let i = from; i <= counts.length - left; i++) {
			for (let option = 1; option < counts[i]!; option++) {
				choice[i] = option;
				yield* replace(left - 1, i + 1);
			}
			choice[i] = 0;
		}
	}
	for (let replaced = 1; replaced <= counts.length; replaced++) yield* replace(replaced, 0);
}
