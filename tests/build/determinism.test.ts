import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus, projectRoot } from './build-corpus.ts';
import { listFiles } from './inspect-html.ts';

const BUILD_TIMEOUT = 120_000;

// The same corpus gives the same site, byte for byte: every page, data file and search
// index file. Each build has its own output folder and its own content cache, as on two
// machines; nothing may depend on the time, the folder or the order work finishes in.
describe('building the default corpus twice', () => {
	it(
		'gives byte-identical dist/ trees',
		() => {
			const first = buildCorpus(join(projectRoot, 'content'), {}, { timeout: BUILD_TIMEOUT });
			expect(first.status, first.output).toBe(0);
			const second = buildCorpus(join(projectRoot, 'content'), {}, { timeout: BUILD_TIMEOUT });
			expect(second.status, second.output).toBe(0);

			const files = listFiles(first.outDir);
			expect(listFiles(second.outDir)).toEqual(files);
			expect(files.filter((file) => file.startsWith('search-index/')).length).toBeGreaterThan(10);
			const differing = files.filter((file) => !readFileSync(join(first.outDir, file)).equals(readFileSync(join(second.outDir, file))));
			expect(differing).toEqual([]);
		},
		2 * BUILD_TIMEOUT + 10_000,
	);
});
