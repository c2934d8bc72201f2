import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { CorpusError } from '../../src/corpus/corpus-error.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';

const fixtures = join(import.meta.dirname, '../fixtures/corpora');
const root = join(import.meta.dirname, '../..');

/** A scratch copy of fixture corpus `name`, removed after the test. */
async function scratchCorpus(name: string): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'review-corpus-people-'));
	onTestFinished(() => rm(dir, { recursive: true, force: true }));
	await cp(join(fixtures, name), dir, { recursive: true });
	return dir;
}

async function problemsOf(dir: string) {
	const error = await loadCorpus(dir, root).catch((thrown: unknown) => thrown);
	expect(error, `${dir} should be rejected`).toBeInstanceOf(CorpusError);
	return (error as CorpusError).problems;
}

describe('loadCorpus: the names index', () => {
	it('reads people.yaml, in file order', async () => {
		const corpus = await loadCorpus(join(root, 'content'), root);
		const file = parseYaml(await readFile(join(root, 'content/people.yaml'), 'utf8')) as { people: { id: string }[] };
		expect(corpus.people.map((person) => person.id)).toEqual(file.people.map((person) => person.id));
		expect(corpus.people.find((person) => person.id === 'veronika')).toMatchObject({
			name: 'Veronika',
			role: 'character',
			playedBy: 'tatyana-samoilova',
		});
	});

	it('reads a fixture corpus with a names index', async () => {
		const corpus = await loadCorpus(join(fixtures, 'people'), root);
		expect(corpus.people.map((person) => [person.id, person.role])).toEqual([
			['veronika', 'character'],
			['boris', 'character'],
			['samoilova', 'actress'],
			['kalatozov', 'director'],
		]);
	});

	it('gives no people, and no error, for a corpus without people.yaml', async () => {
		const corpus = await loadCorpus(join(fixtures, 'valid'), root);
		expect(corpus.people).toEqual([]);
		expect(corpus.texts).toHaveLength(2);
	});

	it('rejects a broken people.yaml with file, field and reason for every problem', async () => {
		const problems = await problemsOf(join(fixtures, 'bad-people'));
		expect(problems).toEqual([
			{
				file: 'tests/fixtures/corpora/bad-people/people.yaml',
				field: 'people[0].role',
				reason: expect.stringMatching(/director.*historical figure/),
			},
			{ file: 'tests/fixtures/corpora/bad-people/people.yaml', field: 'people[1].spellings', reason: expect.any(String) },
		]);
	});

	it('lists the problems of people.yaml with those of the texts, in one error', async () => {
		const dir = await scratchCorpus('missing-file');
		await cp(join(fixtures, 'bad-people/people.yaml'), join(dir, 'people.yaml'));
		const problems = await problemsOf(dir);
		expect(problems.map((problem) => problem.field)).toEqual(['texts[1].source', 'people[0].role', 'people[1].spellings']);
		expect(problems[1]!.file).toMatch(/people\.yaml$/);
	});

	it('refuses a person id of only digits: /people/<number>/ is a page of the names index', async () => {
		const dir = await scratchCorpus('people');
		const file = join(dir, 'people.yaml');
		await writeFile(file, (await readFile(file, 'utf8')).replace('id: boris', 'id: "2"'));
		expect(await problemsOf(dir)).toEqual([
			{
				file: expect.stringMatching(/people\.yaml$/),
				field: 'people[1].id',
				reason: expect.stringMatching(/only digits.*page of the names index/),
			},
		]);
	});

	it('rejects people.yaml that is not YAML', async () => {
		const dir = await scratchCorpus('valid');
		await cp(join(root, 'tests/fixtures/people/bad-yaml.yaml'), join(dir, 'people.yaml'));
		const [problem, ...rest] = await problemsOf(dir);
		expect(rest).toEqual([]);
		expect(problem).toMatchObject({ field: '(syntax)', reason: expect.stringMatching(/not valid YAML/) });
	});
});
