/**
 * The search page over postings read block by block, in Chromium: the default corpus's
 * site with its index rebuilt with every word's postings in blocks of about one
 * sentence, so that a search stops reading (24 blocks a read) before it has every hit,
 * as a large corpus's frequent words make it.
 */
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchSourceOfCorpus } from '../../scripts/search-scale/search-source-of-corpus.ts';
import { CHROME_FLAGS, CHROME_PATH } from '../../scripts/lib/chromium.ts';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';
import { buildIndexFiles } from '../../src/search/build-index-files.ts';
import { writeSearchIndex } from '../../src/search/write-search-index.ts';
import { textUrl } from '../../src/site/urls.ts';
import { corpusEngine, hitSentences } from '../unit/search/corpus-engine.ts';
import { buildCorpus, projectRoot } from './build-corpus.ts';

const BUILD_TIMEOUT = 240_000;

let server: StaticServer;
let browser: Browser;
/** What the whole index finds, by query: `<text id> <sentence id>`. */
const whole = new Map<string, string[]>();
const QUERIES = ['the', '"the cranes are flying"', 'Urusevskiy'];

beforeAll(async () => {
	const corpus = join(projectRoot, 'content');
	const build = buildCorpus(corpus, {}, { timeout: BUILD_TIMEOUT });
	if (build.status !== 0) throw new Error(build.output);
	const source = await searchSourceOfCorpus(corpus, projectRoot, textUrl);
	await writeSearchIndex(buildIndexFiles(source, { inlineBytes: 0, blockBytes: 12 }), join(build.outDir, 'search-index'));
	const { engine } = await corpusEngine(corpus);
	for (const query of QUERIES) whole.set(query, await hitSentences(engine, query));
	server = await startStaticServer({ root: build.outDir });
	browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_FLAGS });
}, BUILD_TIMEOUT + 60_000);

afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

const status = (page: Page) => page.locator('[data-search-status]');

/** Clicks “Show more results” until it goes away, waiting for each page. */
async function showAll(page: Page): Promise<void> {
	const more = page.getByRole('button', { name: 'Show more results' });
	for (let clicks = 0; clicks < 20 && (await more.isVisible()); clicks++) {
		const listed = await page.locator('.search-result').count();
		await more.click();
		await expect.poll(async () => (await page.locator('.search-result').count()) > listed || (await more.isHidden())).toBe(true);
	}
}

/** The results' `<text id> <sentence id>`, sorted. */
async function listed(page: Page): Promise<string[]> {
	const hrefs = await page.locator('.result-link').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
	return hrefs.map((href) => /^\/texts\/([^/]+)\/#(s\d+)/.exec(href)!.slice(1).join(' ')).sort();
}

async function open(query: string, filters = ''): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}${filters}`);
	await status(page).filter({ hasText: /match/ }).waitFor();
	return page;
}

describe('the search page over blocks of postings', () => {
	it('says “at least” while hits are left to read, and reads on until the count is exact', async () => {
		const page = await open('the');
		await expect.poll(() => status(page).textContent()).toMatch(/^At least \d+ sentences match “the”\.$/);
		const more = page.getByRole('button', { name: 'Show more results' });
		for (let clicks = 0; clicks < 20 && (await more.isVisible()); clicks++) await more.click();
		await expect.poll(() => status(page).textContent()).toBe('38 sentences match “the”.');
		expect(await page.locator('.search-result').count()).toBe(38);
		// Every text's hits under one heading: reading on continues the groups.
		const texts = await page.locator('.result-text-title').allTextContents();
		expect(new Set(texts).size).toBe(texts.length);
	});

	it('keeps to a language and a review as it reads, each result with its translation', async () => {
		const page = await open('Stalin', '&language=es&review=b');
		await expect.poll(() => page.getByRole('checkbox', { name: /Review B/ }).isChecked()).toBe(true);
		const links = await page.locator('.result-link').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
		expect(links.length).toBeGreaterThan(0);
		for (const link of links) expect(link).toMatch(/^\/texts\/b-es\//);
		expect(await page.locator('.search-result').first().locator('.counterpart-link').getAttribute('hreflang')).toBe('en');
	});

	it('finds a phrase and a name under every spelling as the whole index does', async () => {
		for (const query of QUERIES.slice(1)) {
			const page = await open(query);
			await showAll(page);
			expect(await listed(page), query).toEqual(whole.get(query));
		}
		const phrase = await open('"the cranes are flying"');
		const marks = await phrase.locator('.result-excerpt mark').allTextContents();
		expect(new Set(marks.map((mark) => mark.toLowerCase()))).toEqual(new Set(['the', 'cranes', 'are', 'flying']));
	});
});
