import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/scale/generate-corpus.ts';
import { findBrokenLinks } from '../../scripts/lib/find-broken-links.ts';
import { buildCorpus, projectRoot } from './build-corpus.ts';
import { attr, elements, parseHtml } from './inspect-html.ts';
import { pagerPages } from '../../src/site/list-pages.ts';

const BUILD_TIMEOUT = 240_000;

let corpusDir: string;
let build: ReturnType<typeof buildCorpus>;

// A corpus the site has never seen, in the seeds' shape: the scale benchmark's generator
// (reviews of 8–16 units, variants that drop, split and join sentences, other spellings,
// invented names). Any corpus in that shape must build as the seeds do; the first
// generated corpus of 1,000 texts failed on a rewrite that had dropped a sentence.
beforeAll(async () => {
	const root = join(projectRoot, 'node_modules/.cache/review-corpus-builds');
	mkdirSync(root, { recursive: true });
	corpusDir = (await generateCorpus({ texts: 150, outDir: mkdtempSync(join(root, 'generated-')), seed: 7 })).dir;
	build = buildCorpus(corpusDir, {}, { timeout: BUILD_TIMEOUT });
}, BUILD_TIMEOUT + 30_000);
afterAll(() => rmSync(corpusDir, { recursive: true, force: true }));

describe('a generated corpus of 150 texts', () => {
	it('builds', () => {
		expect(build.status, build.output).toBe(0);
	});

	// Astro writes its content store as one string, which V8 caps at 512 MiB: it holds
	// what pages list, and pages take sentences from the loaded corpus.
	it('keeps the content store to what pages list, without the texts’ sentences', () => {
		const store = readFileSync(join(dirname(build.outDir), 'cache', 'data-store.json'), 'utf8');
		const sentences = readdirSync(corpusDir)
			.filter((file) => file.endsWith('.txt'))
			.flatMap((file) => readFileSync(join(corpusDir, file), 'utf8').split('\n'))
			.filter((line) => line.length > 80);
		expect(sentences.length).toBeGreaterThan(100);
		expect(sentences.filter((sentence) => store.includes(JSON.stringify(sentence).slice(1, 60)))).toEqual([]);
		expect(store.length / 150).toBeLessThan(1_000);
	});

	it('publishes a reading page, a source page and data for every text, and a comparison for every pair', () => {
		const corpus = JSON.parse(readFileSync(join(build.outDir, 'data/corpus.json'), 'utf8')) as {
			texts: { id: string }[];
			alignments: { source: string; target: string }[];
		};
		expect(corpus.texts).toHaveLength(150);
		const missing = [
			...corpus.texts.flatMap(({ id }) => [`texts/${id}/index.html`, `texts/${id}/source/index.html`, `data/texts/${id}.json`]),
			...corpus.alignments.map(({ source, target }) => `compare/${source}/${target}/index.html`),
		].filter((path) => !existsSync(join(build.outDir, path)));
		expect(missing).toEqual([]);
	});
});

/** The list pages of a built list: its first page's folder, then `2/`, `3/`… while they exist. */
function listPages(outDir: string, first: string): string[] {
	const pages = [join(first, 'index.html')];
	while (existsSync(join(outDir, first, String(pages.length + 1), 'index.html')))
		pages.push(join(first, String(pages.length + 1), 'index.html'));
	return pages;
}

// The lists a corpus makes long are paged (src/site/list-pages.ts): this corpus has
// more reviews than the home page shows at once, and more mentions of its characters
// than a person page does.
describe('the lists of a generated corpus, paged', () => {
	const read = (path: string) => readFileSync(join(build.outDir, path), 'utf8');
	const lists = () => [
		{ first: '', what: 'the reviews' },
		{ first: 'data', what: 'the data files' },
		{ first: 'people', what: 'the names index' },
		{ first: 'people/veronika', what: 'mentions' },
		{ first: 'people/boris', what: 'mentions' },
	];

	it('has several pages for the home page, the data page and the main characters', () => {
		for (const { first } of lists().filter((list) => list.first !== 'people')) {
			expect(listPages(build.outDir, first).length, first).toBeGreaterThan(1);
		}
	});

	it('keeps every page of a list under 20 KB gzipped, its pager linking the pages pagerPages names', () => {
		for (const { first } of lists()) {
			const pages = listPages(build.outDir, first);
			const urls = pages.map((_, i) => (i === 0 ? `/${first}/` : `/${first}/${i + 1}/`).replace('//', '/'));
			pages.forEach((page, i) => {
				const html = read(page);
				expect(gzipSync(html).length, page).toBeLessThanOrEqual(20_000);
				if (pages.length === 1) return;
				const pager = [...elements(parseHtml(html))].find((node) => node.nodeName === 'nav' && attr(node, 'class') === 'list-pager');
				const links = [...elements(pager!)].filter((node) => node.nodeName === 'a');
				// Every page of a list this short; a long one's landmarks are tested in list-pages.test.ts.
				const linked = pagerPages(i + 1, pages.length);
				expect(
					links.map((link) => attr(link, 'href')),
					page,
				).toEqual(linked.map((n) => urls[n - 1]));
				expect(
					links.findIndex((link) => attr(link, 'aria-current') === 'page'),
					page,
				).toBe(linked.indexOf(i + 1));
			});
		}
	});

	it('lists every review once on the home pages, where each text’s review link leads', () => {
		const corpus = JSON.parse(read('data/corpus.json')) as { texts: { id: string; review: string }[] };
		const rows = listPages(build.outDir, '').flatMap((page) => [...read(page).matchAll(/<tr id="review-([^"]+)"/g)].map((m) => m[1]));
		expect(rows).toEqual([...new Set(corpus.texts.map((text) => text.review))]);
		expect(findBrokenLinks(build.outDir, { siteUrl: 'http://127.0.0.1:4321', basePath: '/' }).broken).toEqual([]);
	});
});
