/**
 * What a query finds. Every word, quoted phrase and name of a query is a requirement
 * that a sentence must meet in its own language (`match-words.ts` says how a word
 * matches); nothing is dropped: a word no text holds is reported by name, and the query
 * finds nothing. Names are recognised by any spelling of the names index, by the
 * beginning of one while it is typed, close to one when misspelled
 * (`match-name-fuzzily.ts`), and in Cyrillic (`transliterate-query.ts`); a name matches
 * a sentence that has any spelling of that person.
 */
import type { SupportedLanguage } from '../corpus/languages.ts';
import { hasCyrillic } from '../people/has-cyrillic.ts';
import { namesBySpelling, peopleByBeginning, spellingWords, type NameInQuery } from '../people/name-query.ts';
import { foldWord } from './analyze.ts';
import type { Hit, Requirement } from './find-hits.ts';
import { formsOf, isWordOf, nameWordsOf, wordsBeginningWith } from './match-words.ts';
import { parseQuery, type ParsedQuery } from './parse-query.ts';
import { streamHits, type HitStream, type StreamOptions } from './read-hits.ts';
import type { IndexWord, SearchIndex } from './search-index.ts';

/** A person of `/data/people.json`. */
export interface PersonInfo {
	id: string;
	name: string;
	role: string;
	description: string;
	spellings: string[];
	url: string;
}

/** A person the query names, and how. */
export interface PersonMatch {
	person: PersonInfo;
	how: NameInQuery['how'];
	/** The query's words that name them. */
	typed: string;
}

export interface SearchOutcome {
	/** What was searched: the query, its Cyrillic in the Latin alphabet. */
	searched: string;
	/**
	 * Sentences meeting every requirement: all of them, best first, when every word's
	 * postings were at hand (`stream.ranked`); else the first ones read, in key order.
	 */
	hits: Hit[];
	/** The rest of the hits, read on request (`read-hits.ts`). */
	stream: HitStream;
	persons: PersonMatch[];
	/** Words of the query no text holds, as typed: the query then finds nothing. */
	missing: string[];
	/** Whether the query has anything to search for. */
	empty: boolean;
}

/** The modules loaded only when a query needs them. */
export interface LazyModules {
	fuzzy: () => Promise<typeof import('../people/match-name-fuzzily.ts')>;
	transliteration: () => Promise<typeof import('../people/transliterate-query.ts')>;
}

const LAZY: LazyModules = {
	fuzzy: () => import('../people/match-name-fuzzily.ts'),
	transliteration: () => import('../people/transliterate-query.ts'),
};

export interface SearchOptions {
	/** Whether the reader is still typing (the last word also matches as a beginning). */
	typing?: boolean;
	/** What a search read block by block keeps to (`streamHits`). */
	restrict?: Pick<StreamOptions, 'languages' | 'ranges'>;
	/** Hits to read first when the postings are read block by block. */
	want?: number;
}

/** Words a beginning being typed matches at most. */
const MAX_BEGINNINGS = 40;

/** Hits a search reads first when it reads block by block: a few pages, for the filters. */
const FIRST_READ = 60;

export interface SearchEngine {
	index: SearchIndex;
	people: readonly PersonInfo[];
	search(query: string, options?: SearchOptions): Promise<SearchOutcome>;
}

export function createSearchEngine(index: SearchIndex, people: readonly PersonInfo[], lazy: LazyModules = LAZY): SearchEngine {
	const byId = new Map(people.map((person) => [person.id, person]));
	const languages = index.languages;

	/** A name's requirement: any spelling of any of the people, word by word, in any language. */
	async function nameRequirement(personIds: readonly string[]): Promise<Requirement> {
		const runs: IndexWord[][][] = [];
		for (const id of personIds) {
			for (const spelling of byId.get(id)?.spellings ?? []) {
				for (const language of languages) {
					const run = await Promise.all(
						spellingWords(spelling).map(async (word) => nameWordsOf(word, await index.wordsFor(word, language))),
					);
					if (run.length > 0 && run.every((set) => set.length > 0)) runs.push(run);
				}
			}
		}
		return { runs };
	}

	return {
		index,
		people,
		async search(query, { typing = false, restrict = {}, want = FIRST_READ } = {}) {
			const searched = hasCyrillic(query) ? (await lazy.transliteration()).transliterateQuery(query) : query;
			const parsed = parseQuery(searched, { typing });
			const shards = await Promise.all(
				parsed.words.map((word) => Promise.all(languages.map((language) => index.wordsFor(word.surface, language)))),
			);
			/** A word's forms in each language it may match in (`match-words.ts`). */
			const formsByLanguage = (i: number): Map<SupportedLanguage, IndexWord[]> => {
				const surface = parsed.words[i]!.surface;
				const attested = languages.filter((_, k) => isWordOf(surface, shards[i]![k]!));
				const allowed = attested.length > 0 ? attested : languages;
				return new Map(allowed.map((language) => [language, formsOf(surface, shards[i]![languages.indexOf(language)]!, language)]));
			};

			const requirements: Requirement[] = [];
			const persons: PersonMatch[] = [];
			const missing: string[] = [];
			const named = (personIds: readonly string[], how: PersonMatch['how'], typed: string) => {
				for (const id of personIds) {
					const person = byId.get(id);
					if (person && !persons.some((match) => match.person.id === id)) persons.push({ person, how, typed });
				}
			};
			const wordsText = (from: number, to: number) => searched.slice(parsed.words[from]!.start, parsed.words[to]!.end);

			const quoted = new Set(parsed.words.flatMap((word, i) => (word.phrase === null ? [] : [i])));
			const names = namesBySpelling(searched, parsed.words, people, quoted);
			const inName = new Set(names.flatMap((name) => Array.from({ length: name.to - name.from + 1 }, (_, k) => name.from + k)));
			for (const name of names) {
				requirements.push(await nameRequirement([name.personId]));
				named([name.personId], 'spelling', wordsText(name.from, name.to));
			}

			// Each word's own runs; a word that is no word of any text may be a misspelled name.
			const wordRuns = new Map<number, Requirement['runs']>();
			const notWords: number[] = [];
			for (let i = 0; i < parsed.words.length; i++) {
				if (quoted.has(i) || inName.has(i)) continue;
				const words = new Set([...formsByLanguage(i).values()].flat());
				const runs: Requirement['runs'] = [];
				if (i === parsed.typing) {
					const surface = parsed.words[i]!.surface;
					const beginnings = await Promise.all(
						languages.map(async (language) => wordsBeginningWith(surface, await index.wordsStartingWith(foldWord(surface), language))),
					);
					// In a large corpus three letters begin hundreds of words: the most used are what the reader is typing.
					const frequent = beginnings.flat().sort((a, b) => b.sentences - a.sentences);
					for (const word of frequent.slice(0, MAX_BEGINNINGS)) words.add(word);
					const people_ = peopleByBeginning(parsed.words[i]!.text, people);
					if (people_.length > 0) {
						runs.push(...(await nameRequirement(people_)).runs);
						named(people_, 'beginning', parsed.words[i]!.text);
					}
				} else if (!languages.some((_, k) => isWordOf(parsed.words[i]!.surface, shards[i]![k]!))) {
					notWords.push(i);
				}
				if (words.size > 0) runs.push([[...words]]);
				wordRuns.set(i, runs);
			}
			const close = await closeNames(notWords, parsed);
			for (const [i, runs] of wordRuns) {
				const name = close.get(i);
				if (name === null) continue;
				const all = [...runs, ...(name?.runs ?? [])];
				if (all.length > 0) requirements.push({ runs: all });
				else missing.push(parsed.words[i]!.text);
			}

			for (const phrase of parsed.phrases) {
				const forms = phrase.map(formsByLanguage);
				phrase.forEach((i, k) => {
					if ([...forms[k]!.values()].every((set) => set.length === 0)) missing.push(parsed.words[i]!.text);
				});
				const runs = languages
					.map((language) => forms.map((byLanguage) => byLanguage.get(language) ?? []))
					.filter((run) => run.every((set) => set.length > 0));
				requirements.push({ runs });
			}

			const empty = parsed.words.length === 0;
			const stream = await streamHits(missing.length > 0 || empty ? [] : requirements, index.sentenceCount, restrict);
			const hits = await stream.read(want);
			return { searched, hits, stream, persons, missing, empty };

			/**
			 * The words of `indexes` that are a misspelled name, two words at a time first
			 * (`Sergey Urusevskiy`): word index → the name's runs (null for the second word
			 * of a pair, whose runs are the first's).
			 */
			async function closeNames(indexes: readonly number[], { words }: ParsedQuery): Promise<Map<number, Requirement | null>> {
				const found = new Map<number, Requirement | null>();
				if (indexes.length === 0) return found;
				const { closestNames } = await lazy.fuzzy();
				for (let k = 0; k < indexes.length; k++) {
					const i = indexes[k]!;
					const folded = (j: number) => foldWord(words[j]!.surface);
					const pair = indexes[k + 1] === i + 1 ? closestNames([folded(i), folded(i + 1)], people) : [];
					const close = pair.length > 0 ? pair : closestNames([folded(i)], people);
					if (close.length === 0) continue;
					const ids = close.map((name) => name.personId);
					found.set(i, await nameRequirement(ids));
					named(ids, 'close', pair.length > 0 ? wordsText(i, i + 1) : words[i]!.text);
					if (pair.length > 0) found.set(indexes[++k]!, null);
				}
				return found;
			}
		},
	};
}
