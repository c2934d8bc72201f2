import { expect, test } from '@playwright/test';

test.describe('reading a text', () => {
	test('home → text → variant → back', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('table').getByRole('link', { name: 'Review A, English original' }).click();
		await expect(page).toHaveURL('/texts/a-en/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review A, English original');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');

		const versions = page.getByRole('navigation', { name: 'Versions of Review A' });
		await expect(versions.locator('a.variant')).toHaveText([/Review A, machine rewrite/, /Review A, Spanish translation/]);
		await versions.locator('a.variant', { hasText: 'Spanish translation' }).click();
		await expect(page).toHaveURL('/texts/a-es/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
		await expect(page.locator('ol.sentences')).toHaveAttribute('lang', 'es');
		await expect(page.locator('#s1')).toContainText('1956 fue el 20º Congreso del Partido Comunista');

		await page.goBack();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review A, English original');
	});

	test('a permalink lands on its sentence and marks it', async ({ page }) => {
		await page.goto('/texts/b-en/#s12');
		const target = page.locator('#s12');
		await expect(target).toBeInViewport();
		await expect(target).toContainText('In one particularly impressive, oft-cited long shot');
		const background = (selector: string) => page.locator(selector).evaluate((element) => getComputedStyle(element).backgroundColor);
		expect(await background('#s12')).not.toBe(await background('#s11'));

		await page.getByRole('link', { name: 'Sentence 3, permalink' }).click();
		await expect(page).toHaveURL('/texts/b-en/#s3');
		const marked = await background('#s3');
		expect(marked).not.toBe(await background('#s11'));
		expect(await background('#s12')).toBe(await background('#s11'));
	});

	test('reading view undoes tokenization; source view shows the exact characters', async ({ page }) => {
		await page.goto('/texts/a-en/');
		const views = page.getByRole('navigation', { name: 'Views of this text' });
		await expect(views.getByRole('link', { name: /Reading view/ })).toHaveAttribute('aria-current', 'page');
		// Names take the names index's capitals in the reading view, and only there.
		await expect(page.locator('#s1 .sentence-text')).toContainText("once Stalin's head of film production.");
		await expect(page.locator('#s1 .sentence-text')).toHaveText(/^1956 was/);
		await expect(page.locator('#s8 .sentence-text')).toContainText("Veronica, who hasn't heard from her lover");
		await expect(page.locator('#s10 .sentence-text')).toHaveText(
			'This film features the famous line, “you can dream when the war is over.”',
		);

		await views.getByRole('link', { name: /Source view/ }).click();
		await expect(page).toHaveURL('/texts/a-en/source/');
		await expect(views.getByRole('link', { name: /Source view/ })).toHaveAttribute('aria-current', 'page');
		await expect(page.locator('#s1 .sentence-text')).toContainText("once stalin 's head of film production .");
		await expect(page.locator('#s10 .sentence-text')).toHaveText(
			"this film features the famous line , `` you can dream when the war is over . ''",
		);
	});

	test('web residue is dropped from the reading view and kept in the source view', async ({ page }) => {
		await page.goto('/texts/a-en-rewrite/');
		await expect(page.locator('ol.sentences')).not.toContainText('<br');
		await page.goto('/texts/a-en-rewrite/source/');
		await expect(page.locator('ol.sentences li').last()).toContainText('"<br /> <br /> <br />');
	});

	test('a reader can get from home to a variant with the keyboard alone', async ({ page }) => {
		await page.goto('/');
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.locator('main')).toBeFocused();

		const tabTo = async (name: string) => {
			for (let i = 0; i < 40; i++) {
				await page.keyboard.press('Tab');
				const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
				if (focused === name) return;
			}
			throw new Error(`Tab never reached "${name}"`);
		};
		await tabTo('Review B, English original');
		const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
		expect(outline).not.toBe('none');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL('/texts/b-en/');

		// The other version is a few keys away, in the views above the text.
		await tabTo('With the Spanish translation, sentence by sentence');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL('/texts/b-en/with/b-es/');
	});

	test('a 320 px phone reads without sideways scrolling', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		for (const path of ['/', '/texts/a-en/', '/texts/b-es/source/', '/404.html']) {
			await page.goto(path);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
		}
		await page.goto('/texts/a-en/#s2');
		const box = await page.locator('#s2 .sentence-text').boundingBox();
		expect(box!.x).toBeGreaterThanOrEqual(0);
		expect(box!.x + box!.width).toBeLessThanOrEqual(320);
	});

	test('pages load no script and nothing from other origins', async ({ page, baseURL }) => {
		const requests: string[] = [];
		page.on('request', (request) => requests.push(`${request.resourceType()} ${request.url()}`));
		for (const path of ['/', '/texts/a-en/', '/texts/a-es/source/']) await page.goto(path);
		expect(requests.filter((request) => request.startsWith('script '))).toEqual([]);
		expect(requests.filter((request) => !request.includes(`${baseURL}/`))).toEqual([]);
	});

	test('printing shows just the text', async ({ page }) => {
		await page.goto('/texts/a-en/');
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.site-header')).toBeHidden();
		await expect(page.getByRole('navigation', { name: /Versions of/ })).toBeHidden();
		await expect(page.locator('#s1')).toBeVisible();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	});

	test('an unknown address gets the 404 page', async ({ page }) => {
		const response = await page.goto('/texts/no-such-text/');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	});
});
