import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTruecasedCorpus } from '../../src/truecase/load-truecased-corpus.ts';
import { collectMentions } from '../../src/people/collect-mentions.ts';
import { createMentionMatcher } from '../../src/people/find-mentions.ts';
import { mentionSentences } from '../../src/site/mention-sentences.ts';
import { describePeople } from '../../src/site/people-data.ts';
import { groupPeopleByRole, mentionSummary } from '../../src/site/person-labels.ts';
import { spellingUse } from '../../src/site/spelling-use.ts';

// What the names pages and /data/people.json show, worked out on the real corpus.
const root = join(import.meta.dirname, '../..');
const corpus = await loadTruecasedCorpus(join(root, 'content'), root);
const matcher = createMentionMatcher(corpus.people);
const mentions = new Map(collectMentions(corpus.texts, matcher).map((entry) => [entry.personId, entry]));
const entries = corpus.people.map((data) => ({ id: data.id, data }));
const mentionsOf = (id: string) => mentions.get(id)!;

describe('the names pages', () => {
	it('groups people by role, makers first, in file order within a group', () => {
		const groups = groupPeopleByRole(entries);
		expect(groups.map((group) => [group.title, group.people.map((person) => person.id)])).toEqual([
			['Directors', ['mikhail-kalatozov', 'sergei-eisenstein']],
			['Cinematographers', ['sergei-urusevsky']],
			['Writers', ['viktor-rozov']],
			['Actors and actresses', ['tatyana-samoilova', 'aleksey-batalov', 'aleksandr-shvorin']],
			['Characters', ['veronika', 'boris', 'mark']],
			['Historical figures', ['joseph-stalin', 'nikita-khrushchev']],
		]);
		expect(groups.flatMap((group) => group.people)).toHaveLength(corpus.people.length);
	});

	it('counts mentions and texts in words', () => {
		expect(mentionSummary(mentionsOf('joseph-stalin'))).toBe('22 mentions in 5 texts');
		expect(mentionSummary(mentionsOf('viktor-rozov'))).toBe('2 mentions in 2 texts');
		expect(mentionSummary({ personId: 'nobody', count: 0, reviews: [] })).toBe('Not mentioned in the texts');
	});

	it('tells the spellings the texts use from those only readers type', () => {
		const person = corpus.people.find((entry) => entry.id === 'sergei-urusevsky')!;
		expect(spellingUse(person.spellings, mentionsOf(person.id))).toEqual({
			inTexts: [
				{ spelling: 'Sergei Urusevsky', count: 2 },
				{ spelling: 'Urusevsky', count: 2 },
				{ spelling: 'Sergei Uresevsky', count: 3 },
			],
			forReaders: ['Sergey Urusevsky', 'Uresevsky', 'Serguéi Urusevski', 'Urusevski'],
		});
	});

	it('shows each sentence once, as the reading page does, with every mention of the person marked', () => {
		const aEn = mentionsOf('joseph-stalin').reviews[0]!.texts[0]!;
		const [first] = mentionSentences(aEn);
		expect(first!.sentenceId).toBe('s1');
		expect(first!.count).toBe(2);
		expect(first!.parts.filter((part) => part.marked).map((part) => part.text)).toEqual(['Stalin', 'Stalin']);
		// The one reading view: the sentence exactly as the reading page shows it.
		const reading = corpus.texts.find((text) => text.data.id === 'a-en')!.data.reading[0];
		expect(first!.parts.map((part) => part.text).join('')).toBe(reading);
		expect(reading).toMatch(/^1956 was the 20th Congress of the Communist Party .* once Stalin's head of film production\.$/);
	});

	it('publishes /data/people.json with exactly the documented fields', () => {
		const { people } = describePeople(entries, mentions);
		expect(people).toHaveLength(corpus.people.length);
		expect(people.find((person) => person.id === 'sergei-urusevsky')).toEqual({
			id: 'sergei-urusevsky',
			name: 'Sergei Urusevsky',
			role: 'cinematographer',
			description: 'Soviet cinematographer (1908–1974) who shot The Cranes Are Flying, much of it with hand-held cameras.',
			spellings: ['Sergei Urusevsky', 'Sergey Urusevsky', 'Urusevsky', 'Sergei Uresevsky', 'Uresevsky', 'Serguéi Urusevski', 'Urusevski'],
			url: '/people/sergei-urusevsky/',
			mentions: 7,
		});
		expect(describePeople([], new Map())).toEqual({ people: [] });
	});
});
