/**
 * Past one machine: a corpus split by reviews into two parts, each built in a process
 * of its own under its own base path, served together from one origin, and searched as
 * one from either part's search page, in Chromium.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { generateCorpus } from '../../scripts/scale/generate-corpus.ts';
import { CHROME_FLAGS, CHROME_PATH } from '../../scripts/lib/chromium.ts';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';
import { PEOPLE_FILE, readPeople } from '../../src/corpus/read-people.ts';
import { foldedStemOf } from '../../src/search/analyze.ts';
import { foldName } from '../../src/text/fold-name.ts';
import { buildCorpus, projectRoot } from './build-corpus.ts';
import { readIndexedWords } from './inspect-search-index.ts';

const BUILD_TIMEOUT = 240_000;
const PARTS = ['/part-1/', '/part-2/'];

let work: string;
let server: StaticServer;
let browser: Browser;
/** Per part: its built folder and its English words with their occurrences. */
const built: { outDir: string; words: Map<string, { record: number }[]> }[] = [];

/** Writes the reviews `reviews` of the generated corpus in `from`, and their texts, as a corpus folder. */
async function writePart(
	from: string,
	to: string,
	manifest: { reviews: { id: string }[]; texts: { review: string; source: string }[] },
	reviews: Set<string>,
) {
	await mkdir(to, { recursive: true });
	const texts = manifest.texts.filter((text) => reviews.has(text.review));
	for (const text of texts) await copyFile(join(from, text.source), join(to, text.source));
	await copyFile(join(from, 'people.yaml'), join(to, 'people.yaml'));
	await writeFile(
		join(to, 'corpus.yaml'),
		stringify({ ...manifest, reviews: manifest.reviews.filter((review) => reviews.has(review.id)), texts }),
	);
}

beforeAll(
	async () => {
		const root = join(projectRoot, 'node_modules/.cache/review-corpus-builds');
		await mkdir(root, { recursive: true });
		work = await mkdtemp(join(root, 'parts-'));
		const { dir } = await generateCorpus({ texts: 60, outDir: join(work, 'whole'), seed: 3 });
		const manifest = parse(await readFile(join(dir, 'corpus.yaml'), 'utf8'));
		const half = Math.ceil(manifest.reviews.length / 2);
		const env = { SITE_URL: 'https://example.org', SEARCH_PARTS: PARTS.join(',') };
		const served = join(work, 'served');
		await mkdir(served);
		for (const [i, base] of PARTS.entries()) {
			const ids = manifest.reviews.slice(i * half, (i + 1) * half).map((review: { id: string }) => review.id);
			const corpus = join(work, `corpus-${i + 1}`);
			await writePart(dir, corpus, manifest, new Set(ids));
			const build = buildCorpus(corpus, { ...env, BASE_PATH: base }, { timeout: BUILD_TIMEOUT });
			if (build.status !== 0) throw new Error(`part ${base} did not build:\n${build.output}`);
			built.push({ outDir: build.outDir, words: readIndexedWords(build.outDir, 'en') });
			await symlink(build.outDir, join(served, base.replaceAll('/', '')));
		}
		server = await startStaticServer({ root: served });
		browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_FLAGS });
	},
	2 * BUILD_TIMEOUT + 60_000,
);

afterAll(async () => {
	await browser?.close();
	await server?.stop();
	await rm(work, { recursive: true, force: true });
});

/**
 * English words of the parts whose forms (same folded stem) are in no Spanish text and
 * in no name (a name is searched under all its spellings), with the sentences of those
 * forms in each part.
 */
async function wordsByParts(): Promise<{ word: string; sentences: number[] }[]> {
	const people = (await readPeople(join(projectRoot, 'content', PEOPLE_FILE), PEOPLE_FILE)) ?? [];
	const names = new Set(people.flatMap((person) => person.spellings.flatMap((spelling) => foldName(spelling).split(' '))));
	const spanish = new Set(built.flatMap(({ outDir }) => [...readIndexedWords(outDir, 'es').keys()]));
	const byStem = new Map<string, { words: Set<string>; records: Set<number>[] }>();
	built.forEach(({ words }, part) => {
		for (const [word, occurrences] of words) {
			const stem = foldedStemOf(word, 'en');
			const entry = byStem.get(stem) ?? { words: new Set(), records: built.map(() => new Set<number>()) };
			entry.words.add(word);
			for (const { record } of occurrences) entry.records[part]!.add(record);
			byStem.set(stem, entry);
		}
	});
	return [...byStem.values()]
		.filter((entry) => [...entry.words].every((word) => /^[a-z]{5,}$/.test(word) && !spanish.has(word) && !names.has(word)))
		.map((entry) => ({ word: [...entry.words].sort()[0]!, sentences: entry.records.map((records) => records.size) }));
}

async function search(page: Page, base: string, query: string) {
	await page.goto(`${server.origin}${base}search/?q=${encodeURIComponent(query)}`);
	await page.locator('[data-search-status]').filter({ hasText: /match/ }).waitFor();
	return page.locator('.result-link').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
}

describe('a corpus built in two parts, searched as one', () => {
	it('finds a word only part 2 has from part 1’s search page, and its link works', async () => {
		const only = (await wordsByParts()).find(({ sentences }) => sentences[0] === 0 && sentences[1]! > 0)!;
		expect(only).toBeDefined();
		const page = await (await browser.newContext()).newPage();
		const links = await search(page, '/part-1/', only.word);
		expect(links.length).toBe(Math.min(only.sentences[1]!, 10));
		for (const link of links) expect(link).toMatch(/^\/part-2\/texts\//);
		const response = page.waitForResponse((answer) => answer.url().includes('/part-2/texts/'));
		await page.locator('.result-link').first().click();
		expect((await response).status()).toBe(200);
		const sentence = new URL(page.url()).hash.split(':~:')[0]!;
		await expect.poll(() => page.locator(sentence).isVisible()).toBe(true);
		expect(await page.locator(sentence).textContent()).toMatch(new RegExp(only.word.slice(0, 4), 'i'));
	});

	it('finds a word both parts have from either part, counted and listed from both', async () => {
		const both = (await wordsByParts()).find(
			({ sentences }) => sentences[0]! > 0 && sentences[1]! > 0 && sentences[0]! + sentences[1]! <= 10,
		)!;
		expect(both).toBeDefined();
		const total = both.sentences[0]! + both.sentences[1]!;
		for (const base of PARTS) {
			const page = await (await browser.newContext()).newPage();
			const links = await search(page, base, both.word);
			await expect.poll(() => page.locator('[data-search-status]').textContent()).toMatch(new RegExp(`^${total} sentences? match`));
			expect(links.filter((link) => link.startsWith('/part-1/texts/'))).toHaveLength(both.sentences[0]!);
			expect(links.filter((link) => link.startsWith('/part-2/texts/'))).toHaveLength(both.sentences[1]!);
			// The translations shown under a hit link to its own part's pages.
			const counterparts = await page
				.locator('.counterpart-link')
				.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
			expect(counterparts.every((href) => /^\/part-[12]\/texts\//.test(href))).toBe(true);
		}
	});
});
