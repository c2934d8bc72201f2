import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ManifestSchema, type ManifestInput } from '../../src/corpus/schema.ts';

const manifestPath = join(import.meta.dirname, '../../content/corpus.yaml');

const text = (overrides: Record<string, unknown> = {}) => ({
	id: 'r-en',
	title: 'Review R',
	lang: 'en',
	kind: 'original',
	review: 'r',
	source: 'r.txt',
	...overrides,
});
const manifest = (textOverrides: Record<string, unknown> = {}, top: Record<string, unknown> = {}): ManifestInput =>
	({ title: 'T', description: 'D', reviews: [{ id: 'r', title: 'R' }], texts: [text(textOverrides)], ...top }) as ManifestInput;
const issuesOf = (input: unknown) =>
	ManifestSchema.safeParse(input).error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];

describe('ManifestSchema', () => {
	it('accepts the default corpus manifest', async () => {
		const raw = parse(await readFile(manifestPath, 'utf8'));
		const result = ManifestSchema.safeParse(raw);
		expect(result.error?.issues ?? []).toEqual([]);
		expect(result.data?.texts).toHaveLength(5);
	});

	it("accepts a review's work with its titles, and refuses a malformed one", () => {
		const withWork = (work: unknown) => manifest({}, { reviews: [{ id: 'r', title: 'R', work }] });
		expect(issuesOf(withWork({ title: 'The Cranes Are Flying', otherTitles: ['Letyat zhuravli'] }))).toEqual([]);
		expect(issuesOf(withWork({ title: 'The Cranes Are Flying' }))).toEqual([]);
		expect(issuesOf(withWork({ title: ' ' }))).toEqual([['reviews.0.work.title', expect.stringMatching(/>=1 characters/)]]);
		expect(issuesOf(withWork({ otherTitles: ['x'] }))).toEqual([['reviews.0.work.title', expect.any(String)]]);
		expect(issuesOf(withWork({ title: 'T', year: 1957 }))).toEqual([['reviews.0.work', expect.stringMatching(/year/)]]);
		expect(issuesOf(withWork({ title: 'T', otherTitles: 'Letyat zhuravli' }))).toEqual([
			['reviews.0.work.otherTitles', expect.any(String)],
		]);
	});

	it('accepts BCP 47 tags whose language is supported', () => {
		expect(issuesOf(manifest({ lang: 'en-GB' }))).toEqual([]);
		expect(issuesOf(manifest({ lang: 'es-419' }))).toEqual([]);
	});

	it.each([
		[{ lang: 'fr' }, 'texts.0.lang', /unsupported language "fr"/],
		[{ lang: 'not a tag' }, 'texts.0.lang', /unsupported language/],
		[{ kind: 'summary' }, 'texts.0.kind', /original/],
		[{ id: 'Has Spaces' }, 'texts.0.id', /lower-case letters/],
		[{ source: 'dir/r.txt' }, 'texts.0.source', /plain \.txt file name/],
		[{ source: '.hidden.txt' }, 'texts.0.source', /hidden/],
		[{ source: 'r.md' }, 'texts.0.source', /plain \.txt file name/],
		[{ title: '  ' }, 'texts.0.title', /./],
		[{ format: 'markdown' }, 'texts.0.format', /tokenized/],
		[{ colour: 'red' }, 'texts.0', /colour/],
	])('rejects %j', (override, path, message) => {
		const issues = issuesOf(manifest(override));
		expect(
			issues.some(([p, m]) => p === path && message.test(m!)),
			JSON.stringify(issues),
		).toBe(true);
	});

	it('requires at least one review and one text', () => {
		expect(issuesOf(manifest({}, { reviews: [], texts: [] })).map(([path]) => path)).toEqual(['reviews', 'texts']);
	});
});
