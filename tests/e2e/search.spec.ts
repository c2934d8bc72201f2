import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const status = (page: Page) => page.locator('[data-search-status]');
const results = (page: Page) => page.locator('.search-result');

async function search(page: Page, query: string) {
	await page.goto(`/search/?q=${encodeURIComponent(query)}`);
	await expect(status(page)).toHaveText(/match/);
}

/** Hrefs of the results, as `/texts/<id>/#sN` (the text fragment cut off). */
async function resultSentences(page: Page) {
	const hrefs = await page.locator('.result-link').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
	return hrefs.map((href) => href.split(':~:')[0]);
}

test.describe('search', () => {
	test('a name is found under every spelling the texts use', async ({ page }) => {
		await search(page, 'Urusevsky');
		// Review A spells him "uresevsky" in all three of its versions.
		expect(await resultSentences(page)).toEqual(
			expect.arrayContaining(['/texts/a-en/#s7', '/texts/a-en-rewrite/#s8', '/texts/a-es/#s10', '/texts/b-en/#s15', '/texts/b-es/#s16']),
		);
		await expect(status(page)).toContainText('Also searched: Uresevsky');

		await search(page, 'Uresevsky');
		expect(await resultSentences(page)).toEqual(expect.arrayContaining(['/texts/b-en/#s12', '/texts/b-en/#s15']));

		await search(page, 'Khrushchev');
		expect(await resultSentences(page)).toEqual(expect.arrayContaining(['/texts/a-en/#s1', '/texts/a-es/#s1']));
		// The excerpt shows the word the text really has, never an invented one.
		await expect(page.locator('.search-result mark').first()).toHaveText(/krushchev/i);

		await search(page, 'Samojlova');
		expect(await resultSentences(page)).toEqual(expect.arrayContaining(['/texts/a-en/#s6', '/texts/b-en/#s9']));
	});

	test('an accent-free Spanish query finds accented text and lands on the sentence', async ({ page }) => {
		await search(page, 'Moscu');
		await expect(page.locator('.search-result mark').first()).toHaveText('Moscú');
		await page.locator('.result-link', { hasText: 'sentence 4' }).click();
		await expect(page).toHaveURL('/texts/a-es/#s4');
		await expect(page.locator('#s4')).toBeInViewport();
	});

	for (const [query, expected] of [
		['"you can dream when the war is over"', ['/texts/a-en/#s10', '/texts/a-en-rewrite/#s11']],
		['"las lágrimas abrieron las puertas"', ['/texts/a-es/#s15']],
	] as const) {
		test(`a quoted phrase finds just that phrase: ${query}`, async ({ page }) => {
			await search(page, query);
			const found = await resultSentences(page);
			expect([...found].sort()).toEqual([...expected].sort());
			await page.locator('.result-link').first().click();
			await expect(page).toHaveURL(found[0]!);
			await expect(page.locator(`#${found[0]!.split('#')[1]}`)).toBeInViewport();
		});
	}

	test('words find their other forms, in each language', async ({ page }) => {
		await search(page, 'dreaming');
		await expect(page.locator('.search-result mark', { hasText: /^dream$/ }).first()).toBeVisible();
		await search(page, 'volar');
		await expect(page.locator('.search-result mark', { hasText: /^volando/ }).first()).toBeVisible();
		expect(await resultSentences(page)).toEqual(expect.arrayContaining(['/texts/a-es/#s8', '/texts/b-es/#s6']));
	});

	test('one query searches both languages', async ({ page }) => {
		await search(page, 'Kalatozov');
		const languages = await page.locator('.result-meta').allTextContents();
		expect(languages.some((meta) => meta.startsWith('English'))).toBe(true);
		expect(languages.some((meta) => meta.startsWith('Spanish'))).toBe(true);
	});

	test('filters narrow the results, show counts, and live in the URL', async ({ page }) => {
		await search(page, 'Stalin');
		const countOf = async (name: RegExp) => {
			const label = page.locator('label', { has: page.getByRole('checkbox', { name }) });
			return Number((await label.locator('[data-count]').textContent())!.replace(/\D/g, ''));
		};
		const spanish = await countOf(/Spanish/);
		expect(spanish).toBeGreaterThan(0);
		const all = await results(page).count();
		expect(spanish).toBeLessThan(all);
		await page.getByRole('checkbox', { name: /Spanish/ }).check();
		await expect(page).toHaveURL(/[?&]language=Spanish/);
		await expect(status(page)).toHaveText(new RegExp(`^${spanish} sentences match`));
		for (const meta of await page.locator('.result-meta').allTextContents()) expect(meta).toMatch(/^Spanish · Translation/);
		const reviewB = await countOf(/Review B/);
		await page.getByRole('checkbox', { name: /Review B/ }).check();
		await expect(status(page)).toHaveText(new RegExp(`^${reviewB} sentences? match`));
		await expect(results(page)).toHaveCount(reviewB);

		await page.reload();
		await expect(page.getByRole('checkbox', { name: /Spanish/ })).toBeChecked();
		await expect(page.getByRole('checkbox', { name: /Review B/ })).toBeChecked();
		await expect(status(page)).toHaveText(new RegExp(`^${reviewB} sentences? match`));
	});

	test('counts stay exact when a name is searched under several spellings', async ({ page }) => {
		await search(page, 'Urusevsky');
		const total = await results(page).count();
		const count = async (name: RegExp) =>
			Number(
				(await page
					.locator('label', { has: page.getByRole('checkbox', { name }) })
					.locator('[data-count]')
					.textContent())!.replace(/\D/g, ''),
			);
		// Every sentence is in one language and one review: the counts of each filter add up to the results.
		expect((await count(/English/)) + (await count(/Spanish/))).toBe(total);
		expect((await count(/Review A/)) + (await count(/Review B/))).toBe(total);
	});

	test('typing updates the URL, and the URL brings the search back', async ({ page }) => {
		await page.goto('/search/');
		await page.getByLabel('Words, a “quoted phrase” or a name').fill('cranes');
		await expect(page).toHaveURL('/search/?q=cranes');
		await expect(status(page)).toHaveText(/sentences match “cranes”/);
		const first = await resultSentences(page);
		await page.goto('/');
		await page.goBack();
		await page.reload();
		await expect(page.getByLabel('Words, a “quoted phrase” or a name')).toHaveValue('cranes');
		await expect(status(page)).toHaveText(/sentences match “cranes”/);
		expect(await resultSentences(page)).toEqual(first);
	});

	test('a reader searches from the header and reaches the sentence with the keyboard alone', async ({ page }) => {
		await page.goto('/texts/b-en/');
		await page.getByRole('searchbox', { name: 'Search' }).focus();
		await page.keyboard.type('Uresevsky');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL('/search/?q=Uresevsky');
		await expect(status(page)).toHaveText(/match/);
		for (let i = 0; i < 40; i++) {
			await page.keyboard.press('Tab');
			if (await page.evaluate(() => document.activeElement?.classList.contains('result-link'))) break;
		}
		await expect(page.locator('.result-link').first()).toBeFocused();
		const target = (await resultSentences(page))[0]!;
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(target);
		await expect(page.locator(`#${target.split('#')[1]}`)).toBeInViewport();
	});

	test('one typed letter waits for the next, and Enter searches it', async ({ page }) => {
		await page.goto('/search/');
		const field = page.getByLabel('Words, a “quoted phrase” or a name');
		await field.pressSequentially('u');
		await expect(status(page)).toHaveText('Type one more letter, or press Enter to search for this one.');
		await expect(results(page)).toHaveCount(0);
		await field.press('Enter');
		await expect(status(page)).toHaveText(/sentences? match(es)? “u”/);
		await expect(results(page).first()).toBeVisible();
		await field.pressSequentially('resevsky');
		await expect(status(page)).toHaveText(/match(es)? “uresevsky”/);
		expect(await resultSentences(page)).toContain('/texts/a-en/#s7');
	});

	test('the count is announced, and a query with no result says so', async ({ page }) => {
		await search(page, 'zzyzx');
		await expect(status(page)).toHaveAttribute('role', 'status');
		await expect(status(page)).toHaveText(
			'No sentence matches “zzyzx”. Try another spelling, fewer words, or browse the names index and the texts.',
		);
		await expect(results(page)).toHaveCount(0);
	});

	test('the landing page marks the sentence and highlights the words, with no script of its own', async ({ page }) => {
		const requests: string[] = [];
		await search(page, 'dreaming');
		const link = page.locator('.result-link', { hasText: 'Review A, English original' }).filter({ hasText: 'sentence 10' });
		const href = (await link.getAttribute('href'))!;
		expect(href).toMatch(/^\/texts\/a-en\/#s10:~:text=10,-This%20film%20features&text=.*dream/);

		// The same sentence, reached without and then with the text fragment: the marks are pixels.
		await page.goto('/texts/a-en/#s9');
		const plain = await page.locator('#s10').screenshot();
		await page.goto('/search/?q=dreaming');
		await expect(status(page)).toHaveText(/match/);
		page.on('request', (request) => requests.push(request.resourceType()));
		await link.click();
		await expect(page).toHaveURL('/texts/a-en/#s10');
		await expect(page.locator('#s10')).toBeInViewport();
		const marked = await page.locator('#s10').screenshot();
		expect(marked.equals(plain)).toBe(false);
		expect(requests).not.toContain('script');
	});

	test('results and filters pass axe', async ({ page }) => {
		await search(page, 'Urusevsky');
		await page.getByRole('checkbox', { name: /English/ }).check();
		await expect(status(page)).toHaveText(/match/);
		const { violations } = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
			.analyze();
		expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`)).toEqual([]);
	});

	test('with JavaScript, the note that search needs it goes away', async ({ page }) => {
		await search(page, 'Stalin');
		await expect(page.getByText('Search runs in your browser and needs JavaScript.')).toBeHidden();
	});

	test('nothing of search loads until the reader starts a search', async ({ page }) => {
		const fetched: string[] = [];
		page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
		await page.goto('/search/');
		await page.waitForLoadState('networkidle');
		expect(fetched.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
		await page.getByLabel('Words, a “quoted phrase” or a name').focus();
		await expect.poll(() => fetched.filter((path) => path.startsWith('/pagefind/')).length).toBeGreaterThan(0);
	});
});

test.describe('search without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the search page says it needs JavaScript and links to names and texts', async ({ page }) => {
		await page.goto('/search/?q=Stalin');
		await expect(page.getByText('Search runs in your browser and needs JavaScript.')).toBeVisible();
		await expect(page.getByRole('link', { name: 'names index' })).toHaveAttribute('href', '/people/');
		await expect(page.getByRole('link', { name: 'home page' })).toHaveAttribute('href', '/#texts');
		// The results area is for the script; without it, it stays out of the way.
		await expect(page.locator('.search-results-section')).toBeHidden();
	});
});
