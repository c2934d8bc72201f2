import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';

const peopleFile = join(import.meta.dirname, '../../content/people.yaml');
const { people } = parseYaml(readFileSync(peopleFile, 'utf8')) as { people: { id: string; name: string }[] };

/** Presses Tab until the focused element's text is `name`; fails after `limit` presses. */
async function tabTo(page: Page, name: string, limit = 80) {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
		if (focused === name) return;
	}
	throw new Error(`Tab never reached "${name}"`);
}

test.describe('names', () => {
	test('the reading view links and capitalises names; the source view links them verbatim', async ({ page }) => {
		await page.goto('/texts/a-en/');
		const name = page.locator('#s7 .sentence-text').getByRole('link', { name: 'Sergei Uresevsky', exact: true });
		await expect(name).toHaveAttribute('href', '/people/sergei-urusevsky/');
		await expect(name).toHaveText('Sergei Uresevsky');

		await page.goto('/texts/a-en/source/');
		const verbatim = page.locator('#s7 .sentence-text').getByRole('link', { name: 'sergei uresevsky', exact: true });
		await expect(verbatim).toHaveAttribute('href', '/people/sergei-urusevsky/');
		await expect(verbatim).toHaveText('sergei uresevsky');
		await expect(page.locator('#s7 .sentence-text')).toContainText('cinematographer sergei uresevsky , using');

		await verbatim.click();
		await expect(page).toHaveURL('/people/sergei-urusevsky/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sergei Urusevsky');
	});

	test('a mention on a person page leads to its sentence', async ({ page }) => {
		await page.goto('/people/veronika/');
		await expect(page.getByRole('link', { name: 'Tatyana Samoilova' })).toHaveAttribute('href', '/people/tatyana-samoilova/');
		const review = page.getByRole('region', { name: /^Review B/ });
		const text = review.getByRole('region', { name: 'Review B, Spanish translation' });
		const sentence = text.locator('.mention-sentence').first();
		await expect(sentence).toHaveAttribute('lang', 'es');
		await expect(sentence.locator('mark')).toHaveText('Veronika');

		await text
			.getByRole('link', { name: /^Sentence \d+ of Review B, Spanish translation$/ })
			.first()
			.click();
		await expect(page).toHaveURL(/\/texts\/b-es\/#s\d+$/);
		const target = page.locator('.sentence:target');
		await expect(target).toHaveCount(1);
		await expect(target).toBeInViewport();
		await expect(target.getByRole('link', { name: 'Veronika' })).toHaveAttribute('href', '/people/veronika/');
		expect(await target.getAttribute('id')).toBe(new URL(page.url()).hash.slice(1));
	});

	test('the names index lists everyone in people.yaml, grouped by role', async ({ page }) => {
		await page.goto('/people/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Names');
		await expect(page.getByRole('heading', { level: 2 })).toHaveText([
			'Directors',
			'Cinematographers',
			'Writers',
			'Actors and actresses',
			'Characters',
			'Historical figures',
		]);
		const personLinks = page.locator('.person-card h3 a');
		await expect(personLinks).toHaveCount(people.length);
		for (const person of people) {
			await expect(page.getByRole('link', { name: person.name, exact: true })).toHaveAttribute('href', `/people/${person.id}/`);
		}
		const stalin = page.locator('.person-card').filter({ has: page.getByRole('link', { name: 'Joseph Stalin' }) });
		await expect(stalin).toContainText('22 mentions in 5 texts');
	});

	test('a reader gets from the header to a person and a mention with the keyboard alone', async ({ page }) => {
		await page.goto('/');
		await tabTo(page, 'Names');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL('/people/');

		await tabTo(page, 'Sergei Urusevsky');
		const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
		expect(outline).not.toBe('none');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL('/people/sergei-urusevsky/');

		await tabTo(page, 'Sentence 15 of Review B, English original');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL('/texts/b-en/#s15');
		await expect(page.locator('#s15')).toBeInViewport();
		expect(await page.locator('#s15').evaluate((element) => element.matches(':target'))).toBe(true);
	});

	test('a 320 px phone reads the names pages without sideways scrolling', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		for (const path of ['/people/', '/people/sergei-urusevsky/', '/people/joseph-stalin/']) {
			await page.goto(path);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
		}
	});

	test('the names pages load no script', async ({ page }) => {
		const scripts: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'script') scripts.push(request.url());
		});
		for (const path of ['/people/', '/people/boris/']) {
			await page.goto(path);
			expect(await page.locator('script').count(), `${path} has a script element`).toBe(0);
		}
		expect(scripts).toEqual([]);
	});
});
