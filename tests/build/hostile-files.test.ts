import { existsSync, readdirSync, readFileSync, symlinkSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from './build-corpus.ts';
import { manyTexts, writeCorpus } from './hostile-corpora.ts';

// The build's environment is what a link to /proc/self/environ would publish: a secret in
// it must reach no file of the output, and the build must fail naming the entry.
const SECRET = 'hostile-files-secret-4f1c9b';

function filesUnder(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name));
}

describe('a text that is a link out of the corpus folder', () => {
	it('fails the build, naming the entry, and publishes nothing of the target', () => {
		const dir = writeCorpus('environ-link', manyTexts(2));
		unlinkSync(join(dir, 't1.txt'));
		symlinkSync('/proc/self/environ', join(dir, 't1.txt'));
		const { status, output, outDir } = buildCorpus(dir, { BUILD_SECRET: SECRET }, { timeout: 120_000 });
		expect(status).not.toBe(0);
		expect(output).toMatch(/t1\.txt › texts\[1\]\.source: "t1\.txt" is a symbolic link to \/proc\/\S+\/environ, outside the corpus folder/);
		for (const file of filesUnder(outDir)) expect(readFileSync(file, 'latin1'), file).not.toContain(SECRET);
	}, 125_000);
});
