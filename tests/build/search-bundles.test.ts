import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus, projectRoot } from './build-corpus.ts';
import { readIndexedBundles } from './inspect-search-index.ts';

describe('a search index in several bundles', () => {
	it('splits the texts in order, and the search page loads every bundle', () => {
		const { status, output, outDir } = buildCorpus(join(projectRoot, 'content'), { SEARCH_TEXTS_PER_BUNDLE: '2' }, { timeout: 120_000 });
		expect(status, output).toBe(0);
		expect(output).toContain('in 3 bundles');
		const search = readFileSync(join(outDir, 'search/index.html'), 'utf8');
		expect(search).toContain('data-bundles="/pagefind/1/ /pagefind/2/ /pagefind/3/"');

		const textsOf = (records: Map<string, unknown>) => [...new Set([...records.keys()].map((url) => url.split('/')[2]))].sort();
		const bundles = readIndexedBundles(outDir);
		expect([...bundles.keys()].sort()).toEqual([1, 2, 3]);
		expect(textsOf(bundles.get(1)!)).toEqual(['a-en', 'a-en-rewrite']);
		expect(textsOf(bundles.get(2)!)).toEqual(['a-es', 'b-en']);
		expect(textsOf(bundles.get(3)!)).toEqual(['b-es']);
		const read = (path: string) => JSON.parse(readFileSync(join(outDir, path), 'utf8'));
		const texts = read('data/corpus.json').texts as { id: string }[];
		const sentences = texts.reduce((sum, text) => sum + read(`data/texts/${text.id}.json`).sentences.length, 0);
		expect([...bundles.values()].reduce((sum, records) => sum + records.size, 0)).toBe(sentences);
	}, 130_000);
});
