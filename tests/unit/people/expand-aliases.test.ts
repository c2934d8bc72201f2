import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aliasTable, expandQuery, MAX_ALTERNATIVES } from '../../../src/people/expand-aliases.ts';
import { readPeople } from '../../../src/people/read-people.ts';

const root = join(import.meta.dirname, '../../..');
const people = (await readPeople(join(root, 'content/people.yaml'), 'content/people.yaml'))!;

describe('expandQuery', () => {
	it('expands a name both ways', () => {
		expect(expandQuery('Urusevsky', people)).toEqual(['Urusevsky', 'Uresevsky', 'Urusevski']);
		expect(expandQuery('uresevsky', people)).toEqual(['uresevsky', 'Urusevsky', 'Urusevski']);
		expect(expandQuery('Khrushchev', people)).toContain('Krushchev');
		expect(expandQuery('Krushchev', people)).toContain('Khrushchev');
		expect(expandQuery('Samojlova', people)).toContain('Samoilova');
		expect(expandQuery('Samoilova', people)).toContain('Samojlova');
		expect(expandQuery('Veronika', people)).toEqual(['Veronika', 'Veronica', 'Vernika']);
	});

	it('keeps the query first and non-name words as typed', () => {
		expect(expandQuery('camera of Urusevsky, 1957', people)).toEqual([
			'camera of Urusevsky, 1957',
			'camera of Uresevsky, 1957',
			'camera of Urusevski, 1957',
		]);
		expect(expandQuery('cranes flying', people)).toEqual(['cranes flying']);
		expect(expandQuery("Stalin's death", people)).toEqual(["Stalin's death"]);
	});

	it('outside quotes, drops spellings whose words include a shorter spelling', () => {
		// Every text with "Joseph Stalin" has the word "Stalin": no alternative is needed.
		expect(expandQuery('Stalin', people)).toEqual(['Stalin']);
		expect(expandQuery('Joseph Stalin', people)).toEqual(['Joseph Stalin', 'Stalin']);
	});

	it('inside quotes, uses every spelling and keeps the quotes', () => {
		const alternatives = expandQuery('"camera of Urusevsky"', people);
		expect(alternatives[0]).toBe('"camera of Urusevsky"');
		expect(alternatives).toContain('"camera of Sergei Uresevsky"');
		expect(alternatives).toContain('"camera of Uresevsky"');
		expect(alternatives.every((query) => /^"camera of [^"]+"$/.test(query))).toBe(true);
	});

	it('replaces several names, single replacements first, within the bound', () => {
		const alternatives = expandQuery('Urusevsky Samojlova', people);
		expect(alternatives).toContain('Uresevsky Samoilova'); // review A's spellings of both
		expect(alternatives.indexOf('Uresevsky Samojlova')).toBeLessThan(alternatives.indexOf('Uresevsky Samoilova'));
		const many = expandQuery('"Sergei Urusevsky" "Nikita Khrushchev" "Tatyana Samoilova" Veronika', people);
		expect(many).toHaveLength(MAX_ALTERNATIVES);
		expect(new Set(many).size).toBe(many.length);
	});

	it('works from the JSON alias table as from the people', () => {
		const table = JSON.parse(JSON.stringify(aliasTable(people))) as ReturnType<typeof aliasTable>;
		for (const query of ['Urusevsky', '"Joseph Stalin" Krushchev', 'Vernika Mark']) {
			expect(expandQuery(query, table)).toEqual(expandQuery(query, people));
		}
	});
});

describe('aliasTable', () => {
	it('maps folded spellings to people and people to spellings', () => {
		const table = aliasTable(people);
		expect(table.personBySpelling['sergei uresevsky']).toBe('sergei-urusevsky');
		expect(table.personBySpelling['mijail kalatozov']).toBe('mikhail-kalatozov');
		expect(table.personBySpelling['sergei']).toBeUndefined();
		expect(table.spellingsByPerson['nikita-khrushchev']).toContain('Krushchev');
	});
});
