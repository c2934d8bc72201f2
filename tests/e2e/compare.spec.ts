import { expect, test, type Page } from '@playwright/test';

const background = (page: Page, selector: string) =>
	page.locator(selector).evaluate((element) => getComputedStyle(element).backgroundColor);

test.describe('comparing variants', () => {
	test('a reading page links to its comparisons, and a comparison links back to the sentences', async ({ page }) => {
		await page.goto('/texts/a-es/');
		const versions = page.getByRole('navigation', { name: 'Versions of Review A' });
		await versions.getByRole('link', { name: 'Compare side by side with Review A, English original' }).click();
		await expect(page).toHaveURL('/compare/a-en/a-es/');
		await expect(page.locator('#r4 .cell[data-text="a-es"]')).toHaveAttribute('lang', 'es');
		await expect(page.locator('#r4 .cell[data-text="a-en"]')).toHaveAttribute('lang', 'en');
		const ref = page.locator('#r4 .cell[data-text="a-es"] .sentence-ref').first();
		const sentence = (await ref.textContent())!.trim();
		await ref.click();
		await expect(page).toHaveURL(`/texts/a-es/#s${sentence}`);
		await expect(page.locator(`#s${sentence}`)).toBeInViewport();

		await page.goto('/texts/a-en/');
		await page.getByRole('link', { name: 'All 3 versions side by side' }).click();
		await expect(page).toHaveURL('/compare/a/');
		await expect(page.locator('.compare-columns .column-title')).toHaveText([
			'Review A, English original',
			'Review A, machine rewrite',
			'Review A, Spanish translation',
		]);
		for (const row of await page.locator('.compare-row').all()) await expect(row.locator('.cell')).toHaveCount(3);
	});

	test('the home page leads to the comparison of each review', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('link', { name: 'Compare its 3 versions' }).click();
		await expect(page).toHaveURL('/compare/a/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review A: every version side by side');
	});

	test('pointing at or into a sentence marks its counterparts in every column', async ({ page }) => {
		await page.goto('/compare/a/');
		const resting = await background(page, '#r5');
		await page.locator('#r3 .cell[data-text="a-es"] .compare-sentence').first().hover();
		expect(await background(page, '#r3')).not.toBe(resting);
		expect(await background(page, '#r5')).toBe(resting);
		await page.locator('#r5 .cell[data-text="a-en"] .sentence-ref').focus();
		expect(await background(page, '#r5')).not.toBe(resting);
	});

	test('the keyboard walks the rows', async ({ page }) => {
		await page.goto('/compare/b-en/b-es/');
		await page.locator('#r1 .row-anchor').focus();
		await page.keyboard.press('ArrowDown');
		await expect(page.locator('#r2 .row-anchor')).toBeFocused();
		await page.keyboard.press('j');
		await expect(page.locator('#r3 .row-anchor')).toBeFocused();
		await page.keyboard.press('ArrowUp');
		await expect(page.locator('#r2 .row-anchor')).toBeFocused();
		await expect(page).toHaveURL('/compare/b-en/b-es/#r2');
	});

	test('on a narrow screen the columns stack inside each row', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto('/compare/a/');
		expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
		const cells = page.locator('#r2 .cell');
		const boxes = await Promise.all([0, 1, 2].map((i) => cells.nth(i).boundingBox()));
		expect(boxes[1]!.y).toBeGreaterThanOrEqual(boxes[0]!.y + boxes[0]!.height - 1);
		expect(boxes[2]!.y).toBeGreaterThanOrEqual(boxes[1]!.y + boxes[1]!.height - 1);
		await expect(cells.first().locator('.cell-title')).toBeVisible();
		await expect(cells.first().locator('.cell-title')).toHaveText('Review A, English original');
	});

	test('the diff of a machine rewrite can be hidden', async ({ page }) => {
		await page.goto('/compare/a-en/a-en-rewrite/');
		const removed = page.locator('del').first();
		await expect(removed).toBeVisible();
		const decoration = () => removed.evaluate((element) => getComputedStyle(element).textDecorationLine);
		expect(await decoration()).toBe('line-through');
		await expect(page.locator('ins').first()).toBeVisible();
		await expect(page.locator('.compare-summary')).toContainText(/\d+% of the words kept by the rewrite/);
		await page.getByLabel(/Mark the words the rewrite removed/).uncheck();
		expect(await decoration()).toBe('none');
		// Tokenization is not a change: the original's "20 %" and "06-02-41 ," read as the rewrite's "20%" and "06-02-41,".
		await expect(page.locator('.cell[data-text="a-en"]', { hasText: '20%' })).toHaveCount(1);
		await expect(page.locator('del, ins', { hasText: /%|06-02-41/ })).toHaveCount(0);
	});

	test('a translation marks the names and numbers both sides share', async ({ page }) => {
		await page.goto('/compare/a-en/a-es/');
		await expect(page.locator('#r1 .cell[data-text="a-en"] mark.anchor', { hasText: '1956' })).toBeVisible();
		await expect(page.locator('#r1 .cell[data-text="a-es"] mark.anchor', { hasText: '1956' })).toBeVisible();
		await expect(page.locator('.cell[data-text="a-es"] mark.anchor', { hasText: 'Uresevsky' })).toBeVisible();
	});

	test('unsure links are flagged in words, not colour alone', async ({ page }) => {
		for (const path of ['/compare/a-en/a-es/', '/compare/b-en/b-es/', '/compare/a/']) {
			await page.goto(path);
			for (const row of await page.locator('.compare-row').all()) {
				const level = row.locator('.row-level');
				const confidence = Number(await level.getAttribute('data-confidence'));
				expect(confidence).toBeGreaterThanOrEqual(0);
				expect(confidence).toBeLessThanOrEqual(1);
				const oneSided = (await row.locator('.cell-empty').count()) > 0;
				const word = oneSided ? 'unmatched' : confidence < 0.5 ? 'unsure' : confidence < 0.9 ? 'likely' : 'sure';
				await expect(level).toHaveText(oneSided ? 'no counterpart' : word);
				await expect(row).toHaveClass(new RegExp(`\\b${word}\\b`));
			}
		}
	});

	test('alignments are published as JSON and TMX, every sentence in exactly one link', async ({ page, request }) => {
		const corpus = await (await request.get('/data/corpus.json')).json();
		expect(corpus.alignments.map((a: { source: string; target: string }) => `${a.source}--${a.target}`)).toEqual([
			'a-en--a-en-rewrite',
			'a-en--a-es',
			'a-en-rewrite--a-es',
			'b-en--b-es',
		]);
		for (const alignment of corpus.alignments) {
			expect(alignment.url).toBe(`/compare/${alignment.source}/${alignment.target}/`);
			const data = await (await request.get(alignment.data)).json();
			expect([data.source, data.target]).toEqual([alignment.source, alignment.target]);
			for (const side of ['source', 'target'] as const) {
				const text = await (await request.get(`/data/texts/${alignment[side]}.json`)).json();
				const linked = data.links.flatMap((link: Record<string, string[]>) => link[side]);
				expect(linked).toEqual(text.sentences.map((sentence: { id: string }) => sentence.id));
			}
			const tmx = await (await request.get(alignment.tmx)).text();
			await page.setContent('<p>tmx</p>');
			const parsed = await page.evaluate((xml) => {
				const doc = new DOMParser().parseFromString(xml, 'application/xml');
				return {
					error: doc.querySelector('parsererror')?.textContent ?? null,
					version: doc.documentElement.getAttribute('version'),
					units: doc.querySelectorAll('body > tu').length,
				};
			}, tmx);
			// One unit per link that pairs sentences: a one-sided link has nothing to pair.
			const paired = data.links.filter((link: Record<string, string[]>) => link['source']!.length > 0 && link['target']!.length > 0);
			expect(parsed).toEqual({ error: null, version: '1.4', units: paired.length });
		}
	});
});
