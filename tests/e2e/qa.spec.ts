import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

interface QaJson {
	source: string;
	target: string;
	findings: { check: string; source: string[]; target: string[]; side: 'source' | 'target'; text: string; message: string }[];
}

test.describe('translation checks', () => {
	test('a pair’s findings are data, listed in corpus.json and on the data page', async ({ request, page }) => {
		const corpus = (await (await request.get('/data/corpus.json')).json()) as {
			alignments: { source: string; target: string; qa: string }[];
		};
		expect(corpus.alignments.map((a) => a.qa)).toEqual([
			'/data/qa/a-en--a-en-rewrite.json',
			'/data/qa/a-en--a-es.json',
			'/data/qa/a-en-rewrite--a-es.json',
			'/data/qa/b-en--b-es.json',
		]);
		const qa = (await (await request.get('/data/qa/b-en--b-es.json')).json()) as QaJson;
		expect(qa.source).toBe('b-en');
		expect(qa.target).toBe('b-es');
		expect(qa.findings).toContainEqual(expect.objectContaining({ check: 'not-a-word', side: 'target', text: 'Permasca' }));
		expect(qa.findings).toContainEqual(expect.objectContaining({ check: 'name', side: 'target', text: 'Vernika' }));
		// Every finding's words are in the sentence it names.
		const sentences = ((await (await request.get('/data/texts/b-es.json')).json()) as { sentences: { id: string; text: string }[] })
			.sentences;
		for (const finding of qa.findings.filter((f) => f.side === 'target')) {
			const text = finding.target.map((id) => sentences.find((s) => s.id === id)!.text).join(' ');
			expect(text, finding.text).toContain(finding.text);
		}

		await page.goto('/data/');
		await expect(page.getByRole('link', { name: 'qa-b-en--b-es.json' })).toHaveAttribute('href', '/data/qa/b-en--b-es.json');
	});

	test('the dictionaries stay at build time: no file of the site holds Hunspell or its data', async () => {
		const dist = join(import.meta.dirname, '../../dist');
		const files = (await readdir(dist, { recursive: true })).filter((file) => /\.(js|mjs|wasm|aff|dic)$/.test(file));
		expect(files.filter((file) => /\.(wasm|aff|dic)$/.test(file) && !file.startsWith('pagefind'))).toEqual([]);
		for (const file of files.filter((f) => f.endsWith('.js'))) {
			const body = await readFile(join(dist, file), 'utf8');
			expect(body, file).not.toMatch(/hunspell|dictionary-e[ns]|SFX [A-Za-z]/);
		}
	});

	test('a comparison sums the findings up by check, and each count leads to a finding and its message', async ({ page, request }) => {
		// Counts come from the data, so a change of segmentation (issue 13) changes both alike.
		const qa = (await (await request.get('/data/qa/b-en--b-es.json')).json()) as QaJson;
		await page.goto('/compare/b-en/b-es/');
		const rows = await page.locator('.compare-row').count();
		const rowsWithFindings = await page.locator('.compare-row.has-findings').count();
		const summary = page.getByRole('region', { name: 'Translation checks' });
		await expect(summary).toContainText(`${qa.findings.length} findings in ${rowsWithFindings} rows of ${rows}`);
		await expect(page.locator('.row-findings li')).toHaveCount(qa.findings.length);
		const notAWord = summary.locator('li[data-check="not-a-word"]');
		await expect(notAWord).toContainText('not a word');
		const count = qa.findings.filter((finding) => finding.check === 'not-a-word').length;
		await notAWord.getByRole('link', { name: String(count) }).click();
		const target = page.locator('.row-findings li:target');
		await expect(target).toContainText('not a word');
		await expect(target).toContainText('“monitoreado”');
		await expect(target).toBeInViewport();
	});

	test('each finding is marked at its words with its label in words, which leads to its message', async ({ page }) => {
		await page.goto('/compare/b-en/b-es/');
		const cell = page.locator('.compare-row', { has: page.locator('#b-es-s15') }).locator('.cell[data-text="b-es"]');
		const mark = cell.locator('mark.finding[data-check="name"]');
		await expect(mark).toHaveText('Vernika');
		const tag = mark.locator('xpath=following-sibling::a[1]');
		await expect(tag).toHaveText('name');
		await expect(tag).toHaveAttribute('lang', 'en');
		await tag.click();
		await expect(page.locator('.row-findings li:target')).toContainText('“Vernika” here, “Veronika” in the original');
		// Not colour alone: the mark is underlined and named.
		expect(await mark.evaluate((element) => getComputedStyle(element).textDecorationStyle)).toBe('wavy');
	});

	test('the review-wide page shows the same marks for every version against the original', async ({ page }) => {
		await page.goto('/compare/a/');
		const untranslated = page.locator('.cell[data-text="a-es"] mark.finding[data-check="untranslated"]');
		await expect(untranslated.filter({ hasText: 'wartime' })).toHaveCount(1);
		// A finding over an anchor keeps the anchor's mark inside its own: `Eisenstein` + `'s`.
		await expect(untranslated.filter({ has: page.locator('mark.anchor') })).toHaveText('Eisenstein');
		await expect(page.locator('.cell[data-text="a-en-rewrite"] .row-findings li[data-check="residue"]')).toContainText(
			'<br /> <br /> <br />',
		);
		await expect(page.getByRole('region', { name: 'Translation checks' }).locator('a[download]')).toHaveCount(2);
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });

		test('a checkbox shows only the rows with findings', async ({ page }) => {
			await page.goto('/compare/a-en/a-es/');
			const rows = page.locator('.compare-row');
			const total = await rows.count();
			const withFindings = await page.locator('.compare-row.has-findings').count();
			expect(withFindings).toBeGreaterThan(0);
			expect(withFindings).toBeLessThan(total);
			await page.getByLabel('Show only the rows with findings').check();
			await expect(page.locator('.compare-row:visible')).toHaveCount(withFindings);
			await expect(page.locator('.compare-row.has-findings').first()).toBeVisible();
			await page.getByLabel('Show only the rows with findings').uncheck();
			await expect(page.locator('.compare-row:visible')).toHaveCount(total);
		});

		test('a translation’s reading page counts its findings and links to them', async ({ page, request }) => {
			const qa = (await (await request.get('/data/qa/b-en--b-es.json')).json()) as QaJson;
			expect(qa.findings.length).toBeGreaterThan(1);
			await page.goto('/texts/b-es/');
			const count = page.locator('.qa-count');
			await expect(count).toHaveText(`Translation checks: ${qa.findings.length} findings against Review B, English original.`);
			await count.getByRole('link').click();
			await expect(page).toHaveURL('/compare/b-en/b-es/#checks');
			await expect(page.getByRole('heading', { name: 'Translation checks' })).toBeInViewport();
			// An original is the source of its pairs: nothing to count.
			await page.goto('/texts/b-en/');
			await expect(page.locator('.qa-count')).toHaveCount(0);
		});
	});
});
