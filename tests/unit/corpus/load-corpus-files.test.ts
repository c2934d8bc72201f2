import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CorpusError } from '../../../src/corpus/corpus-error.ts';
import { loadCorpus } from '../../../src/corpus/load-corpus.ts';
import { DEFAULT_READ_LIMITS } from '../../../src/corpus/read-limits.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const MANIFEST = `title: Files
description: Two texts.
reviews: [{ id: r, title: Review R }]
texts:
  - { id: r-en, title: R, lang: en, kind: original, review: r, source: r-en.txt }
  - { id: r-es, title: R es, lang: es, kind: translation, review: r, derivedFrom: r-en, source: r-es.txt }
`;

/** A valid two-text corpus; `change` then makes one entry hostile. */
function corpusWith(change: (dir: string) => void): string {
	const dir = mkdtempSync(join(tmpdir(), 'corpus-files-'));
	made.push(dir);
	writeFileSync(join(dir, 'corpus.yaml'), MANIFEST);
	writeFileSync(join(dir, 'r-en.txt'), 'the cranes are flying .\n');
	writeFileSync(join(dir, 'r-es.txt'), 'Las grullas vuelan.\n');
	change(dir);
	return dir;
}

async function problemsOf(dir: string, limits = DEFAULT_READ_LIMITS) {
	const error = await loadCorpus(dir, dir, limits).catch((thrown: unknown) => thrown);
	expect(error).toBeInstanceOf(CorpusError);
	return (error as CorpusError).problems;
}

const replaceWithLink = (dir: string, name: string, target: string) => {
	unlinkSync(join(dir, name));
	symlinkSync(target, join(dir, name));
};

describe('loadCorpus reads only the corpus folder’s own regular files', () => {
	it.each(['/etc/passwd', '/proc/self/environ', '/dev/zero'])('refuses a text linked to %s, naming file and field', async (target) => {
		const dir = corpusWith((d) => replaceWithLink(d, 'r-es.txt', target));
		expect(await problemsOf(dir)).toEqual([
			{
				file: 'r-es.txt',
				field: 'texts[1].source',
				reason: expect.stringMatching(/^"r-es\.txt" is a symbolic link to \/.*, outside the corpus folder/),
			},
		]);
	});

	it('refuses a FIFO without hanging', async () => {
		const dir = corpusWith((d) => {
			unlinkSync(join(d, 'r-es.txt'));
			spawnSync('mkfifo', [join(d, 'r-es.txt')]);
		});
		expect(await problemsOf(dir)).toEqual([
			{ file: 'r-es.txt', field: 'texts[1].source', reason: '"r-es.txt" is a named pipe (FIFO), not a regular file' },
		]);
	});

	it('refuses a manifest or a names index linked out of the folder', async () => {
		const outside = corpusWith(() => {});
		const manifest = corpusWith((d) => replaceWithLink(d, 'corpus.yaml', join(outside, 'corpus.yaml')));
		expect(await problemsOf(manifest)).toEqual([
			{
				file: 'corpus.yaml',
				field: '(file)',
				reason: expect.stringMatching(/^"corpus\.yaml" is a symbolic link to .*, outside the corpus folder/),
			},
		]);
		const people = corpusWith((d) => symlinkSync('/etc/passwd', join(d, 'people.yaml')));
		expect(await problemsOf(people)).toEqual([
			{
				file: 'people.yaml',
				field: '(file)',
				reason: expect.stringMatching(/^"people\.yaml" is a symbolic link to \/etc\/passwd, outside/),
			},
		]);
	});

	it('refuses a text over the per-file limit, and a corpus over its limit before reading it', async () => {
		const dir = corpusWith((d) => writeFileSync(join(d, 'r-en.txt'), 'the cranes are flying .\n'.repeat(100)));
		expect(await problemsOf(dir, { maxFileBytes: 1000, maxManifestBytes: 10_000, maxCorpusBytes: 10_000 })).toEqual([
			{
				file: 'r-en.txt',
				field: 'texts[0].source',
				reason: '"r-en.txt" is 2,400 bytes or more, over the limit of 1,000 bytes a file (CORPUS_MAX_FILE_BYTES)',
			},
		]);
		expect(await problemsOf(dir, { maxFileBytes: 10_000, maxManifestBytes: 10_000, maxCorpusBytes: 2_410 })).toEqual([
			{
				file: 'r-es.txt',
				field: 'texts[1].source',
				reason:
					'with this file the texts come to 2,420 bytes or more, over the limit of 2,410 bytes a corpus (CORPUS_MAX_BYTES); this file and the ones after it were not read',
			},
		]);
	});

	it('holds the manifest to a limit of its own, which grows with the corpus it lists', async () => {
		const dir = corpusWith(() => {});
		const manifestBytes = statSync(join(dir, 'corpus.yaml')).size;
		// A manifest larger than any one text may be is read: it lists every text.
		const limits = { maxFileBytes: manifestBytes - 1, maxManifestBytes: manifestBytes, maxCorpusBytes: 10_000 };
		expect((await loadCorpus(dir, dir, limits)).texts).toHaveLength(2);
		expect(await problemsOf(dir, { maxFileBytes: 10_000, maxManifestBytes: manifestBytes - 1, maxCorpusBytes: 10_000 })).toEqual([
			{
				file: 'corpus.yaml',
				field: '(file)',
				reason: `"corpus.yaml" is ${manifestBytes.toLocaleString('en')} bytes or more, over the limit of ${(manifestBytes - 1).toLocaleString('en')} bytes a file (CORPUS_MAX_MANIFEST_BYTES)`,
			},
		]);
	});
});

describe('loadCorpus decodes corpus.yaml and people.yaml as strictly as the texts', () => {
	it('names an invalid byte in corpus.yaml and its offset, rather than publishing U+FFFD', async () => {
		const dir = corpusWith((d) =>
			writeFileSync(
				join(d, 'corpus.yaml'),
				Buffer.concat([Buffer.from('title: Files '), Buffer.from([0xff]), Buffer.from(MANIFEST.slice('title: Files'.length))]),
			),
		);
		expect(await problemsOf(dir)).toEqual([
			{ file: 'corpus.yaml', field: '(encoding)', reason: 'not valid UTF-8 (first invalid byte at offset 13)' },
		]);
	});

	it('names a UTF-16 manifest as UTF-16', async () => {
		const dir = corpusWith((d) =>
			writeFileSync(join(d, 'corpus.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(MANIFEST, 'utf16le')])),
		);
		expect(await problemsOf(dir)).toEqual([
			{
				file: 'corpus.yaml',
				field: '(encoding)',
				reason: 'not UTF-8: it starts with the byte-order mark of UTF-16 (little-endian); save it as UTF-8',
			},
		]);
	});

	it('names an invalid byte in people.yaml', async () => {
		const dir = corpusWith((d) =>
			writeFileSync(join(d, 'people.yaml'), Buffer.from([0x70, 0x65, 0x6f, 0x70, 0x6c, 0x65, 0x3a, 0x20, 0xc3, 0x28])),
		);
		expect(await problemsOf(dir)).toEqual([
			{ file: 'people.yaml', field: '(encoding)', reason: 'not valid UTF-8 (first invalid byte at offset 8)' },
		]);
	});
});

describe('loadCorpus bounds the work a text can make', () => {
	it('refuses a text of more sentences than a text may have, naming it', async () => {
		const dir = corpusWith((d) => writeFileSync(join(d, 'r-en.txt'), 'a .\n'.repeat(10_001)));
		expect(await problemsOf(dir)).toEqual([
			{ file: 'r-en.txt', field: 'texts[0].source', reason: 'has 10,001 sentences, more than the 10,000 a text may have' },
		]);
	});

	it('takes a text of exactly that many', async () => {
		const dir = corpusWith((d) => writeFileSync(join(d, 'r-en.txt'), 'a .\n'.repeat(10_000)));
		const corpus = await loadCorpus(dir, dir);
		expect(corpus.texts[0]!.data.sentences).toHaveLength(10_000);
	});
});
