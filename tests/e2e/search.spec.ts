import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const status = (page: Page) => page.locator('[data-search-status]');
const results = (page: Page) => page.locator('.search-result');
const field = (page: Page) => page.getByLabel('Words, a “quoted phrase” or a name');

/** Opens the search page on a query and waits for its answer. */
async function search(page: Page, query: string) {
	await page.goto(`/search/?q=${encodeURIComponent(query)}`);
	await expect(status(page)).toHaveText(/match|No text has/);
}

/** Hrefs of the results, as `/texts/<id>/#sN` (the text fragment cut off). */
async function resultSentences(page: Page) {
	const hrefs = await page.locator('.result-link').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
	return hrefs.map((href) => href.split(':~:')[0]!);
}

/** The marked words of the results' own sentences, lower-cased and deduplicated. */
async function markedWords(page: Page) {
	const words = await page.locator('.result-excerpt mark').allTextContents();
	return [...new Set(words.map((word) => word.toLowerCase()))].sort();
}

// Every sentence that mentions Urusevsky, in any version: review A spells him "uresevsky".
const URUSEVSKY = [
	'/texts/a-en/#s7',
	'/texts/a-en-rewrite/#s8',
	'/texts/a-es/#s10',
	'/texts/b-en/#s12',
	'/texts/b-en/#s15',
	'/texts/b-es/#s13',
	'/texts/b-es/#s16',
];

test.describe('search finds what the reader means, and nothing else', () => {
	for (const [query, missing] of [
		['Einstein', 'Einstein'],
		['movie', 'movie'],
		['Cuando pasan las cigüeñas', 'cigüeñas'],
	] as const) {
		test(`a word no text holds is named, not dropped: ${query}`, async ({ page }) => {
			await search(page, query);
			await expect(status(page)).toHaveText(`No text has ${missing}.`);
			await expect(status(page).locator('em')).toHaveText(missing);
			await expect(results(page)).toHaveCount(0);
			await expect(page.locator('mark')).toHaveCount(0);
		});
	}

	test('a word no text holds comes with the nearest words each language does hold, as links', async ({ page }) => {
		await search(page, 'movie');
		const spanish = page.locator('.suggestions a[lang="es"]', { hasText: 'móvil' });
		await expect(spanish).toBeVisible();
		await expect(page.locator('.suggestions a[lang="en"]', { hasText: 'mobile' })).toBeVisible();
		await spanish.click();
		await expect(page).toHaveURL(/\?q=m%C3%B3vil$/);
		await expect(status(page)).toHaveText(/match(es)? “móvil”/);
		await search(page, 'Einstein');
		await expect(page.locator('.suggestions a', { hasText: 'Eisenstein' }).first()).toBeVisible();
	});

	for (const [query, marked] of [
		['soñar', ['soñar']],
		["hasn't", ["hasn't"]],
		['Eisenstien', ["eisenstein's"]],
		['gruas', ['grúas']],
	] as const) {
		test(`only the words that matched are marked: ${query}`, async ({ page }) => {
			await search(page, query);
			await expect(status(page)).toHaveText(/match/);
			expect(await markedWords(page)).toEqual([...marked].sort());
		});
	}

	test('one language’s words never find the other’s', async ({ page }) => {
		await search(page, "hasn't");
		for (const href of await resultSentences(page)) expect(href).not.toMatch(/-es\//);
		await search(page, 'cranes');
		for (const href of await resultSentences(page)) expect(href).not.toMatch(/-es\//);
	});

	test('the status quotes the query once, whatever quotes it has', async ({ page }) => {
		await search(page, '"las grúas"');
		await expect(status(page)).toHaveText(/^\d+ sentences? match(es)? “las grúas”\.$/);
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
		expect(await markedWords(page)).toEqual(['dream', 'dreams']);
		await search(page, 'volar');
		expect(await markedWords(page)).toEqual(['volando']);
		expect(await resultSentences(page)).toEqual(expect.arrayContaining(['/texts/a-es/#s8', '/texts/b-es/#s6']));
	});

	test('an accent-free Spanish query finds accented text and lands on the sentence', async ({ page }) => {
		await search(page, 'Moscu');
		await expect(page.locator('.result-excerpt mark').first()).toHaveText('Moscú');
		await page.locator('.result-link', { hasText: 'Sentence 4' }).click();
		await expect(page).toHaveURL('/texts/a-es/#s4');
		await expect(page.locator('#s4')).toBeInViewport();
	});
});

test.describe('names under any spelling', () => {
	test('every spelling of Kalatozov, Latin or Cyrillic, finds every mention', async ({ page }) => {
		await search(page, 'Kalatozov');
		const kalatozov = (await resultSentences(page)).sort();
		expect(kalatozov.length).toBeGreaterThan(5);
		for (const query of ['Kalatazov', 'Kalatosov', 'Kalatozof', 'Калатозов']) {
			await search(page, query);
			expect((await resultSentences(page)).sort(), query).toEqual(kalatozov);
		}
	});

	for (const query of ['Urusevsky', 'Urusevskiy', 'Урусевский', 'Uresevsky']) {
		test(`${query} finds all seven mentions of Urusevsky`, async ({ page }) => {
			await search(page, query);
			expect((await resultSentences(page)).sort()).toEqual([...URUSEVSKY].sort());
		});
	}

	test('Сталин and Veronca find what Stalin and Veronika find', async ({ page }) => {
		for (const [typed, name] of [
			['Сталин', 'Stalin'],
			['Veronca', 'Veronika'],
		] as const) {
			await search(page, name);
			const expected = (await resultSentences(page)).sort();
			expect(expected.length).toBeGreaterThan(5);
			await search(page, typed);
			expect((await resultSentences(page)).sort(), typed).toEqual(expected);
		}
	});

	test('typing the beginning of a name finds every spelling of it', async ({ page }) => {
		await page.goto('/search/');
		await field(page).pressSequentially('urus');
		await expect(status(page)).toHaveText(/match “urus”/);
		expect((await resultSentences(page)).sort()).toEqual([...URUSEVSKY].sort());
		await expect(page.locator('.result-excerpt mark', { hasText: 'Uresevsky' }).first()).toBeVisible();
	});

	test('a query naming a person shows who it is, the spellings searched and a link to their page', async ({ page }) => {
		await search(page, 'Kalatosov');
		const card = page.locator('.person-card');
		await expect(card).toHaveCount(1);
		await expect(card).toContainText('Mikhail Kalatozov');
		await expect(card).toContainText('director');
		await expect(card.locator('.spelling')).toContainText(['Mikhail Kalatozov', 'Kalatozov', 'Mijaíl Kalatózov']);
		await card.getByRole('link', { name: 'Mikhail Kalatozov' }).click();
		await expect(page).toHaveURL('/people/mikhail-kalatozov/');
		await search(page, 'Urusevsky');
		await expect(page.locator('.person-card a')).toHaveAttribute('href', '/people/sergei-urusevsky/');
		await search(page, 'cranes');
		await expect(page.locator('.person-card')).toHaveCount(0);
	});

	test('excerpts have the reading view’s capitals', async ({ page }) => {
		await search(page, 'Urusevsky');
		await expect(
			page.locator('.search-result', { has: page.locator('.result-link[href^="/texts/a-en/#s7"]') }).locator('.result-excerpt'),
		).toContainText('cinematographer Sergei Uresevsky,');
	});
});

test.describe('each hit with its translation', () => {
	test('a hit shows its aligned sentences in the other versions, in their language, linked', async ({ page }) => {
		await search(page, '"the cranes are flying"');
		const hit = page.locator('.search-result', { has: page.locator('.result-link[href^="/texts/a-en/#s6"]') });
		const spanish = hit.locator('.counterpart', { has: page.locator('a[hreflang="es"]') });
		await expect(spanish.locator('.counterpart-text')).toHaveAttribute('lang', 'es');
		await expect(spanish.locator('.counterpart-text')).toContainText('las grúas están volando');
		const link = spanish.locator('a');
		await expect(link).toHaveAttribute('href', /^\/texts\/a-es\/#s\d+$/);
		const target = (await link.getAttribute('href'))!;
		await link.click();
		await expect(page).toHaveURL(target);
		await expect(page.locator(`#${target.split('#')[1]}`)).toContainText('las grúas están volando');
	});

	test('results are grouped by review, then text', async ({ page }) => {
		await search(page, 'Urusevsky');
		const reviews = page.locator('.result-review');
		await expect(reviews).toHaveCount(2);
		await expect(reviews.first().locator('h3')).toHaveText(/Review [AB]/);
		expect((await reviews.locator('.result-text h4').allTextContents()).sort()).toEqual([
			'Review A, English original',
			'Review A, Spanish translation',
			'Review A, machine rewrite',
			'Review B, English original',
			'Review B, Spanish translation',
		]);
		// Each text's sentences in order under its heading, each link naming its text for a screen reader.
		for (const group of await page.locator('.result-text').all()) {
			const title = await group.locator('h4').textContent();
			for (const text of await group.locator('.result-link .visually-hidden').allTextContents()) expect(text).toBe(` of ${title}`);
			const numbers = (await group.locator('.result-link').allTextContents()).map((text) => Number(/\d+/.exec(text)![0]));
			expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
		}
	});
});

test.describe('keyboard and focus', () => {
	test('from the header, a search puts focus on the results and the first result is two keys away', async ({ page }) => {
		await page.goto('/texts/b-en/');
		await page.getByRole('searchbox', { name: 'Search' }).focus();
		await page.keyboard.type('Uresevsky');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL('/search/?q=Uresevsky');
		await expect(status(page)).toHaveText(/match/);
		await expect(page.locator('#results-heading')).toBeFocused();
		await expect(page.locator('#results-heading')).toHaveAttribute('aria-describedby', 'search-status');
		// Past the person card's link, the first result.
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await expect(page.locator('.result-link').first()).toBeFocused();
		const target = (await resultSentences(page))[0]!;
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(target);
		await expect(page.locator(`#${target.split('#')[1]}`)).toBeInViewport();
	});

	test('the Down arrow goes from the field into the results and between them, Up goes back', async ({ page }) => {
		await page.goto('/search/');
		await field(page).fill('cranes');
		await field(page).press('Enter');
		await expect(page.locator('#results-heading')).toBeFocused();
		await field(page).focus();
		await page.keyboard.press('ArrowDown');
		await expect(page.locator('.result-link').first()).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(page.locator('.result-link').nth(1)).toBeFocused();
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		await expect(field(page)).toBeFocused();
	});

	test('typing keeps focus in the field', async ({ page }) => {
		await page.goto('/search/');
		await field(page).pressSequentially('cranes');
		await expect(status(page)).toHaveText(/match “cranes”/);
		await expect(field(page)).toBeFocused();
	});

	test('on the search page the only search field is the page’s, holding the query', async ({ page }) => {
		await search(page, 'Stalin');
		await expect(page.getByRole('searchbox')).toHaveCount(1);
		await expect(field(page)).toHaveValue('Stalin');
	});

	test('the count is announced, and a query with no result says so', async ({ page }) => {
		await search(page, 'cranes Moscú');
		await expect(status(page)).toHaveAttribute('role', 'status');
		await expect(status(page)).toHaveText(
			'No sentence matches “cranes Moscú”: each word is in the texts, but never all of them in one sentence.',
		);
		await expect(results(page)).toHaveCount(0);
	});
});

test.describe('search state', () => {
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
		await expect(page).toHaveURL(/[?&]language=es\b/);
		await expect(status(page)).toHaveText(new RegExp(`^${spanish} sentences match`));
		for (const href of await resultSentences(page)) expect(href).toMatch(/-es\//);
		const reviewB = await countOf(/Review B/);
		await page.getByRole('checkbox', { name: /Review B/ }).check();
		await expect(status(page)).toHaveText(new RegExp(`^${reviewB} sentences? match`));
		await expect(results(page)).toHaveCount(reviewB);

		await page.reload();
		await expect(page.getByRole('checkbox', { name: /Spanish/ })).toBeChecked();
		await expect(page.getByRole('checkbox', { name: /Review B/ })).toBeChecked();
		await expect(status(page)).toHaveText(new RegExp(`^${reviewB} sentences? match`));
	});

	test('more results continue their review and text groups', async ({ page }) => {
		await search(page, 'Stalin');
		const total = Number(/^(\d+)/.exec((await status(page).textContent())!)![1]);
		expect(total).toBeGreaterThan(10);
		await expect(results(page)).toHaveCount(10);
		await page.getByRole('button', { name: 'Show more results' }).click();
		await expect(results(page)).toHaveCount(total);
		await expect(page.getByRole('button', { name: 'Show more results' })).toBeHidden();
		const reviews = await page.locator('.result-review-title').allTextContents();
		expect(new Set(reviews).size).toBe(reviews.length);
		const texts = await page.locator('.result-text-title').allTextContents();
		expect(new Set(texts).size).toBe(texts.length);
	});

	test('counts add up to the results when a name is searched under several spellings', async ({ page }) => {
		await search(page, 'Urusevsky');
		const count = async (name: RegExp) =>
			Number(
				(await page
					.locator('label', { has: page.getByRole('checkbox', { name }) })
					.locator('[data-count]')
					.textContent())!.replace(/\D/g, ''),
			);
		expect((await count(/English/)) + (await count(/Spanish/))).toBe(URUSEVSKY.length);
		expect((await count(/Review A/)) + (await count(/Review B/))).toBe(URUSEVSKY.length);
	});

	test('typing updates the URL, and the URL brings the search back', async ({ page }) => {
		await page.goto('/search/');
		await field(page).fill('cranes');
		await expect(page).toHaveURL('/search/?q=cranes');
		await expect(status(page)).toHaveText(/sentences match “cranes”/);
		const first = await resultSentences(page);
		await page.goto('/');
		await page.goBack();
		await page.reload();
		await expect(field(page)).toHaveValue('cranes');
		await expect(status(page)).toHaveText(/sentences match “cranes”/);
		expect(await resultSentences(page)).toEqual(first);
	});

	test('one typed letter waits for the next, and Enter searches it as a word', async ({ page }) => {
		await page.goto('/search/');
		await field(page).pressSequentially('y');
		await expect(status(page)).toHaveText('Type one more letter, or press Enter to search for this one.');
		await expect(results(page)).toHaveCount(0);
		await field(page).press('Enter');
		await expect(status(page)).toHaveText(/sentences? match(es)? “y”/);
		expect(await markedWords(page)).toEqual(['y']);
	});

	test('the landing page marks the sentence and highlights the words, with no script of its own', async ({ page }) => {
		const requests: string[] = [];
		await search(page, 'dreaming');
		const link = page.locator('.result-link', { hasText: 'Sentence 10 of Review A, English original' });
		const href = (await link.getAttribute('href'))!;
		expect(href).toMatch(/^\/texts\/a-en\/#s10:~:text=10,-This%20film%20features&text=.*dream/);

		// The same sentence, reached without and then with the text fragment: the marks are pixels.
		await page.goto('/texts/a-en/#s9');
		const plain = await page.locator('#s10').screenshot();
		await search(page, 'dreaming');
		page.on('request', (request) => requests.push(request.resourceType()));
		await link.click();
		await expect(page).toHaveURL('/texts/a-en/#s10');
		await expect(page.locator('#s10')).toBeInViewport();
		const marked = await page.locator('#s10').screenshot();
		expect(marked.equals(plain)).toBe(false);
		expect(requests).not.toContain('script');
	});

	test('results, cards, translations and filters pass axe', async ({ page }) => {
		await search(page, 'Urusevsky');
		await page.getByRole('checkbox', { name: /English/ }).check();
		await expect(status(page)).toHaveText(/match/);
		for (const query of [undefined, 'Einstein']) {
			if (query) await search(page, query);
			const { violations } = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
				.analyze();
			expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`)).toEqual([]);
		}
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
		expect(fetched.filter((path) => path.startsWith('/search-index/'))).toEqual([]);
		await field(page).focus();
		await expect.poll(() => fetched.filter((path) => path.startsWith('/search-index/')).length).toBeGreaterThan(0);
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
