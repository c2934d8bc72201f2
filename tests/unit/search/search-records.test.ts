import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/corpus/load-corpus.ts';
import { buildSearchRecords } from '../../../src/search/search-records.ts';

const root = join(import.meta.dirname, '../../..');

describe('buildSearchRecords', () => {
	it('makes one record per sentence, per language, with labels and filters', async () => {
		const corpus = await loadCorpus(join(root, 'content'), root);
		const records = buildSearchRecords(corpus, (text, i) => text.data.reading[i]!);
		expect([...records.keys()]).toEqual(['en', 'es']);
		const sentences = (lang: string) => corpus.texts.filter((t) => t.data.lang === lang).reduce((n, t) => n + t.data.sentences.length, 0);
		expect(records.get('en')).toHaveLength(sentences('en'));
		expect(records.get('es')).toHaveLength(sentences('es'));
		expect(records.get('es')![0]).toEqual({
			url: '/texts/a-es/#s1',
			content: expect.stringMatching(/^1956 fue el 20º Congreso/),
			language: 'es',
			meta: { title: 'Review A, Spanish translation', text: 'a-es', sentence: '1', lang: 'es', language: 'Spanish', kind: 'Translation', review: 'Review A' },
			filters: { language: ['Spanish'], kind: ['Translation'], review: ['Review A'] },
		});
		const rewrite = records.get('en')!.find((record) => record.url === '/texts/a-en-rewrite/#s13')!;
		expect(rewrite.content).not.toContain('<br');
	});
});
