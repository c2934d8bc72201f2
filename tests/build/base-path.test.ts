import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../scripts/lib/find-broken-links.ts';
import { buildCorpus } from './build-corpus.ts';

const fixtures = join(import.meta.dirname, '../fixtures/corpora');

describe('deploying under a subpath', () => {
	it('builds with SITE_URL and BASE_PATH, every link and data URL under the base', () => {
		const env = { SITE_URL: 'https://example.org', BASE_PATH: '/corpus/' };
		const { status, output, outDir } = buildCorpus(join(fixtures, 'people'), env);
		expect(status, output).toBe(0);
		const report = findBrokenLinks(outDir, { siteUrl: env.SITE_URL, basePath: env.BASE_PATH });
		expect(report.broken).toEqual([]);
		expect(report.links).toBeGreaterThan(50);

		const corpus = JSON.parse(readFileSync(join(outDir, 'data/corpus.json'), 'utf8'));
		expect(corpus.texts[0].url).toBe('/corpus/texts/r-en/');
		expect(corpus.texts[0].raw).toBe('/corpus/texts/r-en.txt');
		const search = readFileSync(join(outDir, 'search/index.html'), 'utf8');
		expect(search).toContain('data-index="/corpus/search-index/"');
		const page = readFileSync(join(outDir, 'texts/r-en/index.html'), 'utf8');
		expect(page).toContain('<link rel="canonical" href="https://example.org/corpus/texts/r-en/">');
		// The search index's first text (its chunk of the texts table names its review) links under the base.
		const chunk = JSON.parse(readFileSync(join(outDir, 'search-index/texts/0.json'), 'utf8'));
		const review = JSON.parse(readFileSync(join(outDir, `search-index/reviews/${chunk.reviews[chunk.texts[0][0]][0]}.json`), 'utf8'));
		expect(review.texts.find((text: { text: number }) => text.text === 0).url).toBe('/corpus/texts/r-en/');
		expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toContain('Sitemap: https://example.org/corpus/sitemap-index.xml');
	});
});
