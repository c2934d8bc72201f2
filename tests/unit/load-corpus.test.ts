import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CorpusError } from '../../src/corpus/corpus-error.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';

const fixtures = join(import.meta.dirname, '../fixtures/corpora');
const root = join(import.meta.dirname, '../..');

async function problemsOf(name: string) {
	const error = await loadCorpus(join(fixtures, name), root).then(
		() => null,
		(thrown: unknown) => thrown,
	);
	expect(error, `${name} should be rejected`).toBeInstanceOf(CorpusError);
	return (error as CorpusError).problems;
}

describe('loadCorpus', () => {
	it('loads a valid corpus with its texts verbatim', async () => {
		const corpus = await loadCorpus(join(fixtures, 'valid'), root);
		expect(corpus.texts.map((text) => text.data.id)).toEqual(['r-en', 'r-es']);
		const [original, translation] = corpus.texts;
		expect(original!.data.format).toBe('tokenized');
		expect(translation!.data.format).toBe('prose');
		expect(original!.data.derivedFrom).toBeNull();
		for (const text of corpus.texts) {
			const bytes = await readFile(text.filePath);
			expect(Buffer.from(text.body, 'utf8').equals(bytes)).toBe(true);
		}
	});

	it('loads the default corpus: five texts, two reviews', async () => {
		const corpus = await loadCorpus(join(root, 'content'), root);
		expect(corpus.reviews.map((review) => review.id)).toEqual(['a', 'b']);
		expect(corpus.texts.map((text) => [text.data.id, text.data.source.slice(0, 3)])).toEqual([
			['a-en', '000'],
			['a-en-rewrite', '001'],
			['a-es', '003'],
			['b-en', '002'],
			['b-es', '004'],
		]);
	});

	// Each kind of bad input fails with the file, the field and the reason.
	const cases: [fixture: string, file: RegExp, field: string, reason: RegExp][] = [
		['missing-file', /missing-file[/\\]missing\.txt$/, 'texts[1].source', /file "missing\.txt" not found/],
		['unknown-kind', /corpus\.yaml$/, 'texts[0].kind', /original.*rewrite.*translation/],
		['unsupported-lang', /corpus\.yaml$/, 'texts[1].lang', /unsupported language "xx-Latn" \(supported: en, es\)/],
		['duplicate-id', /corpus\.yaml$/, 'texts[1].id', /duplicate text id "r-en"/],
		['derived-from-nowhere', /corpus\.yaml$/, 'texts[1].derivedFrom', /no text with id "r-fr"/],
		['derived-from-itself', /corpus\.yaml$/, 'texts[1].derivedFrom', /"r-es" cannot be derived from itself/],
		['derivation-cycle', /corpus\.yaml$/, 'texts[1].derivedFrom', /derivation cycle: r-es → r-rewrite → r-es/],
		['cross-review-derivation', /corpus\.yaml$/, 'texts[1].derivedFrom', /"r-en" belongs to review "r", not to "q"/],
		['empty-file', /empty-file[/\\]r-es\.txt$/, 'texts[1].source', /the file is empty/],
		['whitespace-only-file', /whitespace-only-file[/\\]r-es\.txt$/, 'texts[1].source', /only whitespace/],
		['invalid-utf8', /invalid-utf8[/\\]r-es\.txt$/, 'texts[1].source', /not valid UTF-8 \(first invalid byte at offset 29\)/],
		['unsafe-source-path', /corpus\.yaml$/, 'texts[1].source', /plain \.txt file name inside the corpus folder/],
		['bad-yaml', /corpus\.yaml$/, '(syntax)', /not valid YAML/],
		['duplicate-review-title', /corpus\.yaml$/, 'reviews[1].title', /duplicate review title "Review R" \(also reviews\[0\]\.title\)/],
	];

	it.each(cases)('rejects %s', async (fixture, file, field, reason) => {
		const problems = await problemsOf(fixture);
		const problem = problems.find((p) => p.field === field && reason.test(p.reason));
		expect(problem, JSON.stringify(problems, null, 2)).toBeDefined();
		expect(problem!.file).toMatch(file);
	});

	it('reports a missing manifest', async () => {
		const problems = await problemsOf('.');
		expect(problems).toEqual([
			{ file: expect.stringMatching(/corpora[/\\]corpus\.yaml$/), field: '(file)', reason: expect.stringMatching(/missing/) },
		]);
	});

	it('says everything in the error message: file › field: reason', async () => {
		const error = await loadCorpus(join(fixtures, 'derived-from-nowhere'), root).catch((e: unknown) => e);
		expect(String((error as Error).message)).toMatch(
			/The corpus is invalid \(1 problem\):\n {2}tests\/fixtures\/corpora\/derived-from-nowhere\/corpus\.yaml › texts\[1\]\.derivedFrom: no text with id "r-fr"/,
		);
	});
});
