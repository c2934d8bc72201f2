import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closestNames, maxEdits, soundAlike } from '../../../src/people/match-name-fuzzily.ts';
import { namesBySpelling, peopleByBeginning, spellingWords } from '../../../src/people/name-query.ts';
import { readPeople } from '../../../src/corpus/read-people.ts';
import { transliterateQuery } from '../../../src/people/transliterate-query.ts';
import { wordSpans } from '../../../src/search/analyze.ts';

const root = join(import.meta.dirname, '../../..');
const people = (await readPeople(join(root, 'content/people.yaml'), 'content/people.yaml'))!;
const names = (query: string, quoted: number[] = []) =>
	namesBySpelling(query, wordSpans(query), people, new Set(quoted)).map(({ personId, from, to }) => [personId, from, to]);
const closest = (typed: string) => closestNames(typed.split(' '), people).map((close) => close.personId);

describe('names in a query, by spelling', () => {
	it('finds a spelling of one or more words as one name, accents and case aside', () => {
		expect(names('the camera of sergei urusevsky')).toEqual([['sergei-urusevsky', 3, 4]]);
		expect(names('Mijail Kalatozov and Stalin')).toEqual([
			['mikhail-kalatozov', 0, 1],
			['joseph-stalin', 3, 3],
		]);
		expect(names('Kalatózov')).toEqual([['mikhail-kalatozov', 0, 0]]);
	});

	it('finds a name inside a possessive word, and never inside quotes or another word', () => {
		expect(names("Stalin's death")).toEqual([['joseph-stalin', 0, 0]]);
		expect(names('"Stalin" and Boris', [0])).toEqual([['boris', 2, 2]]);
		expect(names('stalinist purges')).toEqual([]);
	});

	it('finds the people a spelling begins with, for the word being typed', () => {
		expect(peopleByBeginning('urus', people)).toEqual(['sergei-urusevsky']);
		expect(peopleByBeginning('Kalat', people)).toEqual(['mikhail-kalatozov']);
		expect(peopleByBeginning('zz', people)).toEqual([]);
	});

	it('cuts a spelling into its folded words', () => {
		expect(spellingWords('Mijaíl Kalatózov')).toEqual(['mijail', 'kalatozov']);
	});
});

describe('names in a query, misspelled', () => {
	it('allows more edits in longer names, none in short ones', () => {
		expect([3, 5, 8, 12].map(maxEdits)).toEqual([0, 1, 2, 3]);
	});

	it('takes a close misspelling for the name', () => {
		for (const typed of ['kalatazov', 'kalatosov', 'kalatozof', 'urusevskiy', 'veronca', 'eisenstien', 'samojlov']) {
			expect(closest(typed), typed).toHaveLength(1);
		}
		expect(closest('kalatosov')).toEqual(['mikhail-kalatozov']);
		expect(closest('veronca')).toEqual(['veronika']);
		expect(closest('sergey urusevskiy')).toEqual(['sergei-urusevsky']);
	});

	it('does not take a different name that is as many edits away but sounds different', () => {
		expect(soundAlike('einstein', 'eisenstein')).toBe(false);
		expect(soundAlike('eisenstien', 'eisenstein')).toBe(true);
		expect(closest('einstein')).toEqual([]);
		expect(closest('movie')).toEqual([]);
		expect(closest('bor')).toEqual([]);
	});
});

describe('names in Cyrillic', () => {
	it('writes Russian names as the corpus does', () => {
		expect(transliterateQuery('Калатозов')).toBe('Kalatozov');
		expect(transliterateQuery('Урусевский')).toBe('Urusevsky');
		expect(transliterateQuery('Сталин и Вероника')).toBe('Stalin i Veronika');
		expect(transliterateQuery('Boris')).toBe('Boris');
	});
});
