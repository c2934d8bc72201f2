import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCorpusFile, readRegularFile, sizeOfCorpusFile } from '../../../src/corpus/read-corpus-file.ts';

const root = mkdtempSync(join(tmpdir(), 'read-corpus-file-'));
const corpus = join(root, 'corpus');
const outside = join(root, 'outside');
mkdirSync(corpus);
mkdirSync(outside);
writeFileSync(join(corpus, 'own.txt'), 'the corpus file .\n');
writeFileSync(join(outside, 'secret.txt'), 'SECRET=not for publishing\n');
symlinkSync(join(outside, 'secret.txt'), join(corpus, 'to-secret.txt'));
symlinkSync('../outside/secret.txt', join(corpus, 'relative-to-secret.txt'));
symlinkSync('/etc/passwd', join(corpus, 'passwd.txt'));
symlinkSync('/proc/self/environ', join(corpus, 'environ.txt'));
symlinkSync('/dev/zero', join(corpus, 'zero.txt'));
symlinkSync('own.txt', join(corpus, 'alias.txt'));
symlinkSync('nowhere.txt', join(corpus, 'dangling.txt'));
mkdirSync(join(corpus, 'folder.txt'));
spawnSync('mkfifo', [join(corpus, 'fifo.txt')]);
writeFileSync(join(corpus, 'large.txt'), 'x'.repeat(2048));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('readCorpusFile', () => {
	it('reads the folder’s own regular file, byte for byte', async () => {
		const read = await readCorpusFile(corpus, 'own.txt', 1024);
		expect('bytes' in read && Buffer.from(read.bytes).toString()).toBe('the corpus file .\n');
	});

	it('follows a link to a file inside the folder', async () => {
		const read = await readCorpusFile(corpus, 'alias.txt', 1024);
		expect('bytes' in read && Buffer.from(read.bytes).toString()).toBe('the corpus file .\n');
	});

	it.each(['to-secret.txt', 'relative-to-secret.txt', 'passwd.txt', 'environ.txt', 'zero.txt'])(
		'refuses %s, a link out of the folder, naming it and its target',
		async (name) => {
			const read = await readCorpusFile(corpus, name, 1 << 20);
			expect(read).not.toHaveProperty('bytes');
			expect('reason' in read && read.reason).toMatch(new RegExp(`^"${name}" is a symbolic link to /\\S+, outside the corpus folder`));
		},
	);

	it('refuses a FIFO at once, without waiting for a writer', async () => {
		const read = await readCorpusFile(corpus, 'fifo.txt', 1024);
		expect(read).toEqual({ reason: '"fifo.txt" is a named pipe (FIFO), not a regular file' });
	});

	it('refuses a folder', async () => {
		expect(await readCorpusFile(corpus, 'folder.txt', 1024)).toEqual({ reason: '"folder.txt" is a folder, not a regular file' });
	});

	it('refuses a file over the limit, naming the limit and how to raise it', async () => {
		expect(await readCorpusFile(corpus, 'large.txt', 2047)).toEqual({
			reason: '"large.txt" is 2,048 bytes or more, over the limit of 2,047 bytes a file (CORPUS_MAX_FILE_BYTES)',
		});
		expect(await readCorpusFile(corpus, 'large.txt', 2048)).toHaveProperty('bytes');
	});

	it('says a missing file is missing, and a dangling link is a link to nothing', async () => {
		expect(await readCorpusFile(corpus, 'absent.txt', 1024)).toEqual({ reason: '"absent.txt" not found', missing: true });
		expect(await readCorpusFile(corpus, 'dangling.txt', 1024)).toEqual({
			reason: '"dangling.txt" is a symbolic link to nothing readable (ENOENT)',
		});
	});
});

describe('sizeOfCorpusFile', () => {
	it('gives the size of the folder’s own files and refuses the rest as the reader does', async () => {
		expect(await sizeOfCorpusFile(corpus, 'large.txt')).toEqual({ bytes: 2048 });
		expect(await sizeOfCorpusFile(corpus, 'passwd.txt')).toHaveProperty('reason');
		expect(await sizeOfCorpusFile(corpus, 'fifo.txt')).toEqual({ reason: '"fifo.txt" is a named pipe (FIFO), not a regular file' });
	});
});

describe('readRegularFile (the command line’s reader)', () => {
	it('follows links its caller names, to regular files only, within the limit', async () => {
		expect(await readRegularFile(join(corpus, 'to-secret.txt'), 'to-secret.txt', 1024)).toHaveProperty('bytes');
		expect(await readRegularFile('/dev/zero', '/dev/zero', 1024)).toEqual({ reason: '"/dev/zero" is a device, not a regular file' });
		expect(await readRegularFile(join(corpus, 'fifo.txt'), 'fifo.txt', 1024)).toEqual({
			reason: '"fifo.txt" is a named pipe (FIFO), not a regular file',
		});
	});

	it('stops reading at the limit where the size says nothing (/proc)', async () => {
		const read = await readRegularFile('/proc/self/environ', 'environ', 1);
		expect(read).toEqual({ reason: expect.stringMatching(/^"environ" is 2 bytes or more, over the limit of 1 bytes a file/) });
	});
});
