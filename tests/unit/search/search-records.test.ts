import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/corpus/load-corpus.ts';
import { buildSearchRecords } from '../../../src/search/search-records.ts';

const root = join(import.meta.dirname, '../../..');

describe('buildSearchRecords', () => {
	it('makes one record per sentence: its search keys, its reading view, and its labels as filters', async () => {
		const corpus = await loadCorpus(join(root, 'content'), root);
		const records = buildSearchRecords(corpus, (text, i) => text.data.reading[i]!);
		expect(records).toHaveLength(corpus.texts.reduce((n, text) => n + text.data.sentences.length, 0));
		const first = records.find((record) => record.url === '/texts/a-es/#s1')!;
		expect(first).toEqual({
			url: '/texts/a-es/#s1',
			content: expect.stringMatching(/^es1956 esfue esel es20º escongres esdel espart escomun /),
			language: 'und',
			// No metadata: Pagefind searches it, and a title there would match.
			meta: {},
			filters: {
				reading: [expect.stringMatching(/^1956 fue el 20º Congreso del Partido Comunista /)],
				language: ['Spanish'],
				kind: ['Translation'],
				review: ['Review A'],
				title: ['Review A, Spanish translation'],
				lang: ['es'],
			},
		});
		const rewrite = records.find((record) => record.url === '/texts/a-en-rewrite/#s13')!;
		expect(rewrite.filters.reading[0]).not.toContain('<br');
		expect(rewrite.content).toMatch(/^en/);
	});
});
