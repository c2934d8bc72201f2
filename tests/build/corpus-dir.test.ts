import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from './build-corpus.ts';

const fixtures = join(import.meta.dirname, '../fixtures/corpora');

// Real builds of other corpora through CORPUS_DIR: slower than units, so few (tests in a file run in sequence).
describe('building a corpus from CORPUS_DIR', () => {
	it('fails on a broken corpus with file, field and reason, and publishes nothing', () => {
		const { status, output, outDir } = buildCorpus(join(fixtures, 'derivation-cycle'));
		expect(status).not.toBe(0);
		expect(output).toMatch(/derivation-cycle\/corpus\.yaml › texts\[1\]\.derivedFrom: derivation cycle: r-es → r-rewrite → r-es/);
		expect(existsSync(outDir) ? readdirSync(outDir) : []).toEqual([]);
	});

	it('fails on a file that is not UTF-8, naming the file', () => {
		const { status, output } = buildCorpus(join(fixtures, 'invalid-utf8'));
		expect(status).not.toBe(0);
		expect(output).toMatch(/invalid-utf8\/r-es\.txt › texts\[1\]\.source: not valid UTF-8/);
	});

	it('builds another corpus of the same shape, rendering markup in texts as inert characters', () => {
		const { status, output, outDir } = buildCorpus(join(fixtures, 'hostile'));
		expect(status, output).toBe(0);
		const page = readFileSync(join(outDir, 'texts/r-es/index.html'), 'utf8');
		const source = readFileSync(join(outDir, 'texts/r-es/source/index.html'), 'utf8');
		for (const html of [page, source]) {
			const list = html.slice(html.indexOf('<ol class="sentences"'), html.indexOf('</ol>') + 5);
			const tags = new Set([...list.matchAll(/<([a-z][a-z0-9-]*)/gi)].map((match) => match[1]!.toLowerCase()));
			// The list's own structure (numbers, texts, counterparts, citations), nothing from the text.
			expect([...tags].sort()).toEqual(['a', 'li', 'ol', 'p', 'span']);
		}
		expect(source).toContain('A &#x3C;script>alert("x")&#x3C;/script> tag is only text here.');
		expect(source).toContain('">&#x3C;img src=x onerror=alert(1)> is only text, and so is &#x26;amp; and &#x26;lt;b&#x26;gt;.');
		const raw = readFileSync(join(outDir, 'texts/r-es.txt'));
		expect(raw.equals(readFileSync(join(fixtures, 'hostile/r-es.txt')))).toBe(true);
		const corpus = JSON.parse(readFileSync(join(outDir, 'data/corpus.json'), 'utf8'));
		expect(corpus.texts.map((text: { id: string }) => text.id)).toEqual(['r-en', 'r-es']);
	});

	it('lists texts and reviews in manifest order, not by id', () => {
		const { status, output, outDir } = buildCorpus(join(fixtures, 'manifest-order'));
		expect(status, output).toBe(0);
		const corpus = JSON.parse(readFileSync(join(outDir, 'data/corpus.json'), 'utf8'));
		expect(corpus.texts.map((text: { id: string }) => text.id)).toEqual(['zz-en', 'aa-es']);
		const home = readFileSync(join(outDir, 'index.html'), 'utf8');
		expect(home.indexOf('Review Z')).toBeLessThan(home.indexOf('Review R'));
	});
});
