/**
 * Finding the people a string mentions. The spellings of all people are built once into
 * a trie over folded words (see `fold-name.ts`); a string is then cut into words and
 * walked once, trying at each word the longest spelling that starts there. The cost is
 * linear in the string's length (times the number of words of the longest spelling),
 * whatever the number of people, so it scales to large corpora.
 *
 * No Node imports: the browser's search script uses it through `name-query.ts`.
 */
import { isNameGap, nameTokens } from '../text/fold-name.ts';

/** The little a matcher needs of a person. */
export interface NamedPerson {
	readonly id: string;
	readonly spellings: readonly string[];
}

/** A mention of a person: where it is, and which spelling it matched. */
export interface Mention {
	personId: string;
	/** UTF-16 offset of the mention in the searched string. */
	start: number;
	/** UTF-16 offset just after it: `text.slice(start, end)` is the name as written. */
	end: number;
	/** The spelling that matched, as people.yaml writes it (canonical capitals). */
	spelling: string;
}

/** A node of the matcher's trie: one folded word further into some spellings. */
export interface TrieNode {
	readonly next: Map<string, TrieNode>;
	/** Set when the words leading to this node are a whole spelling. */
	hit?: { readonly personId: string; readonly spelling: string };
}

/** The spellings of a set of people, ready to match. Build it once with `createMentionMatcher`. */
export interface MentionMatcher {
	/** Ids of the people, in the order given. */
	readonly personIds: readonly string[];
	/** Spellings of each person, as given. */
	readonly spellingsOf: ReadonlyMap<string, readonly string[]>;
	readonly root: TrieNode;
}

/**
 * Builds the matcher for `people`.
 * @throws {Error} when a spelling names two people (`readPeople` rejects such files).
 */
export function createMentionMatcher(people: readonly NamedPerson[]): MentionMatcher {
	const root: TrieNode = { next: new Map() };
	for (const person of people) {
		for (const spelling of person.spellings) {
			let node = root;
			for (const { folded } of nameTokens(spelling)) {
				let child = node.next.get(folded);
				if (!child) node.next.set(folded, (child = { next: new Map() }));
				node = child;
			}
			if (node === root) continue; // a spelling without words matches nothing
			if (node.hit && node.hit.personId !== person.id) {
				throw new Error(`spelling "${spelling}" names both "${node.hit.personId}" and "${person.id}"`);
			}
			node.hit ??= { personId: person.id, spelling };
		}
	}
	return {
		personIds: people.map((person) => person.id),
		spellingsOf: new Map(people.map((person) => [person.id, person.spellings])),
		root,
	};
}

/**
 * The mentions of people in `text` (any string: a verbatim sentence, its reading view,
 * a query), in order and non-overlapping. Names are whole words; where spellings overlap
 * the longest wins (`sergei urusevsky` is one mention, not a mention of `urusevsky`).
 * Offsets are into `text` itself, though matching is done on folded words.
 */
export function findMentions(text: string, matcher: MentionMatcher): Mention[] {
	const tokens = nameTokens(text);
	const mentions: Mention[] = [];
	let i = 0;
	while (i < tokens.length) {
		let node = matcher.root.next.get(tokens[i]!.folded);
		let best: { last: number; hit: NonNullable<TrieNode['hit']> } | undefined;
		for (let j = i; node;) {
			if (node.hit) best = { last: j, hit: node.hit };
			const next = tokens[j + 1];
			// The words of one name are only ever joined by spaces, hyphens, apostrophes or
			// periods: never by a comma or a bracket (`boris ( aleksey batalov )`).
			if (!next || !isNameGap(text.slice(tokens[j]!.end, next.start))) break;
			node = node.next.get(next.folded);
			j += 1;
		}
		if (!best) {
			i += 1;
			continue;
		}
		const { personId, spelling } = best.hit;
		mentions.push({ personId, spelling, start: tokens[i]!.start, end: tokens[best.last]!.end });
		i = best.last + 1;
	}
	return mentions;
}
