import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const content = join(import.meta.dirname, '../../content');

interface CorpusJson {
	texts: { id: string; source: string; sha256: string; url: string; raw: string; data: string; lang: string }[];
	alignments: unknown[];
}

test.describe('published data', () => {
	test('each text is published byte for byte, and its sentences cover it exactly', async ({ request, page }) => {
		const corpus = (await (await request.get('/data/corpus.json')).json()) as CorpusJson;
		expect(corpus.texts).toHaveLength(5);
		expect(corpus.alignments).toHaveLength(4);
		for (const text of corpus.texts) {
			const file = await readFile(join(content, text.source));
			const raw = await request.get(text.raw);
			expect(raw.ok()).toBe(true);
			expect(Buffer.from(await raw.body()).equals(file), `${text.raw} differs from ${text.source}`).toBe(true);

			const data = (await (await request.get(text.data)).json()) as { id: string; lang: string; sentences: { id: string; text: string }[] };
			expect(data.id).toBe(text.id);
			expect(data.lang).toBe(text.lang);
			// Sentences, in order, are the file's non-whitespace characters, all of them.
			const strip = (s: string) => s.replace(/\s+/g, '');
			expect(data.sentences.map((sentence) => strip(sentence.text)).join('')).toBe(strip(file.toString('utf8')));
			let from = 0;
			for (const sentence of data.sentences) {
				const at = file.toString('utf8').indexOf(sentence.text, from);
				expect(at, `${text.id} ${sentence.id} is not an exact slice of the file`).toBeGreaterThanOrEqual(from);
				from = at + sentence.text.length;
			}

			// Every sentence id is the id of its element on the reading page.
			await page.goto(text.url);
			const ids = await page.locator('ol.sentences > li').evaluateAll((items) => items.map((item) => item.id));
			expect(ids).toEqual(data.sentences.map((sentence) => sentence.id));
		}
	});
});
