import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CorpusError } from '../../../src/corpus/corpus-error.ts';
import { readPeople } from '../../../src/corpus/read-people.ts';

const fixtures = join(import.meta.dirname, '../../fixtures/people');
const root = join(import.meta.dirname, '../../..');

const read = (name: string) => readPeople(join(fixtures, name), `people/${name}`);

async function problemsOf(name: string) {
	const error = await read(name).then(
		() => null,
		(thrown: unknown) => thrown,
	);
	expect(error, `${name} should be rejected`).toBeInstanceOf(CorpusError);
	return (error as CorpusError).problems;
}

describe('readPeople', () => {
	it('reads a valid names index', async () => {
		const people = await read('valid.yaml');
		expect(people?.map((person) => [person.id, person.role, person.playedBy])).toEqual([
			['kalatozov', 'director', undefined],
			['samoilova', 'actress', undefined],
			['veronika', 'character', 'samoilova'],
		]);
	});

	it('reads the corpus names index', async () => {
		const people = await readPeople(join(root, 'content/people.yaml'), 'content/people.yaml');
		expect(people?.length).toBeGreaterThanOrEqual(12);
	});

	it('returns null when there is no names index', async () => {
		expect(await read('no-such-file.yaml')).toBeNull();
	});

	it('rejects a path that is not a regular file', async () => {
		const [problem] = await problemsOf('');
		expect(problem).toMatchObject({ field: '(file)', reason: '"people" is a folder, not a regular file' });
	});

	// Each kind of bad input fails with the file, the field and the reason.
	const cases: [fixture: string, field: string, reason: RegExp][] = [
		['bad-yaml.yaml', '(syntax)', /not valid YAML/],
		['not-a-list.yaml', 'people', /expected array/],
		['unknown-role.yaml', 'people[0].role', /director.*cinematographer.*historical figure/],
		['unknown-field.yaml', 'people[0]', /born/],
		['missing-spellings.yaml', 'people[0].spellings', /expected array/],
		['missing-spellings.yaml', 'people[1].spellings', /too small|>=1/i],
		['bad-spelling.yaml', 'people[0].spellings[1]', /words separated by spaces/],
		['bad-spelling.yaml', 'people[0].spellings[2]', /words separated by spaces/],
		['long-spelling.yaml', 'people[0].spellings[1]', /at most 8 words/],
		['name-not-spelling.yaml', 'people[0].name', /"Joseph Stalin" must also be one of the spellings/],
		['duplicate-id.yaml', 'people[1].id', /duplicate person id "boris" \(first used by people\[0\]\)/],
		['shared-spelling.yaml', 'people[1].spellings[2]', /"Sergéi" is also a spelling of "eisenstein" \(people\[0\]\.spellings\[2\]\)/],
		['repeated-spelling.yaml', 'people[0].spellings[2]', /"KALATÓZOV" repeats spellings\[1\] "Kalatozov"/],
		['played-by-nowhere.yaml', 'people[0].playedBy', /no person with id "tatyana-samoilova"/],
		['played-by-character.yaml', 'people[0].playedBy', /"boris" is a character, not an actor or actress/],
		['played-by-character.yaml', 'people[2].playedBy', /only a character is played by someone/],
	];
	it.each(cases)('rejects %s at %s', async (fixture, field, reason) => {
		const problems = await problemsOf(fixture);
		expect(problems.every((problem) => problem.file === `people/${fixture}`)).toBe(true);
		const found = problems.some((problem) => problem.field === field && reason.test(problem.reason));
		expect(found, JSON.stringify(problems, null, 1)).toBe(true);
	});

	it('names every problem of a file at once', async () => {
		expect(await problemsOf('bad-spelling.yaml')).toHaveLength(2);
		expect(await problemsOf('played-by-character.yaml')).toHaveLength(2);
	});
});
