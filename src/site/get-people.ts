/**
 * What pages need from the names index: the people, one mention matcher for the whole
 * site and every person's mentions. All three are worked out once per build and shared
 * by every page, so a page only pays for its own sentences.
 */
import type { PaginateFunction } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { collectMentions, type PersonMentions } from '../people/collect-mentions.ts';
import { pageMentions } from '../people/page-mentions.ts';
import { createMentionMatcher, type MentionMatcher } from '../people/find-mentions.ts';
import { getReviewsWithTexts, getTexts, type ReviewRecord, type TextRecord } from './get-corpus.ts';
import { MENTION_SENTENCES_PER_PAGE } from './list-pages.ts';
import { mentionSummary } from './person-labels.ts';
import { spellingUse } from './spelling-use.ts';

/** A person of the `people` collection (`data` is a person of people.yaml, with its `order`). */
export type PersonRecord = CollectionEntry<'people'>;

interface NamesIndex {
	people: PersonRecord[];
	matcher: MentionMatcher;
	mentionsByPerson: Map<string, PersonMentions>;
}

let namesIndex: Promise<NamesIndex> | undefined;

function getNamesIndex(): Promise<NamesIndex> {
	// `astro dev` reloads the corpus on edits: work it out again per request there.
	if (!namesIndex || import.meta.env.DEV) namesIndex = buildNamesIndex();
	return namesIndex;
}

async function buildNamesIndex(): Promise<NamesIndex> {
	const [entries, texts] = await Promise.all([getCollection('people'), getTexts()]);
	const people = entries.toSorted((a, b) => a.data.order - b.data.order);
	const matcher = createMentionMatcher(people.map(({ id, data }) => ({ id, spellings: data.spellings })));
	const mentions = collectMentions(texts, matcher);
	return { people, matcher, mentionsByPerson: new Map(mentions.map((entry) => [entry.personId, entry])) };
}

/** Every person of the names index, in file order; empty when the corpus has none. */
export async function getPeople(): Promise<PersonRecord[]> {
	return (await getNamesIndex()).people;
}

/** The matcher of every person's spellings, built once for the whole site. */
export async function getMentionMatcher(): Promise<MentionMatcher> {
	return (await getNamesIndex()).matcher;
}

/** Person id → the person's mentions in the corpus (`count` 0 when there are none). */
export async function getPeopleMentions(): Promise<ReadonlyMap<string, PersonMentions>> {
	return (await getNamesIndex()).mentionsByPerson;
}

/** Each text by id, with its review: what a mention's headings show. */
export type TextsById = ReadonlyMap<string, { text: TextRecord; review: ReviewRecord }>;

/**
 * Static paths of the person pages: each person with their mentions cut into pages of 100
 * sentences (`page`), what all of them add up to (the summary, each spelling's use), who
 * plays them or whom they play, and the texts by id. Everything about the whole list is
 * worked out here once per person, so a page costs what its own mentions do, however
 * many pages the person has.
 */
export async function getPersonPagePaths({ paginate }: { paginate: PaginateFunction }) {
	const [{ people, mentionsByPerson }, reviews] = await Promise.all([getNamesIndex(), getReviewsWithTexts()]);
	const textsById: TextsById = new Map(reviews.flatMap(({ review, texts }) => texts.map((text) => [text.id, { text, review }])));
	const peopleById = new Map(people.map((person) => [person.id, person]));
	const charactersByPerformer = Map.groupBy(people, (person) => person.data.playedBy);
	return people.flatMap((person) => {
		const mentions = mentionsByPerson.get(person.id)!;
		// Pages cut beforehand (by sentences, keeping review and text groups), one per route page.
		return paginate(pageMentions(mentions, MENTION_SENTENCES_PER_PAGE), {
			pageSize: 1,
			params: { id: person.id },
			props: {
				person,
				summary: mentionSummary(mentions),
				spellings: spellingUse(person.data.spellings, mentions),
				playedBy: person.data.playedBy === undefined ? undefined : peopleById.get(person.data.playedBy),
				plays: charactersByPerformer.get(person.id) ?? [],
				textsById,
			},
		});
	});
}
