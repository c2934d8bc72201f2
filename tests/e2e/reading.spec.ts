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
		await page.goto('/texts/b-en/#s13');
		const target = page.locator('#s13');
		await expect(target).toBeInViewport();
		await expect(target).toContainText('In one particularly impressive, oft-cited long shot');
		const background = (selector: string) => page.locator(selector).evaluate((element) => getComputedStyle(element).backgroundColor);
		expect(await background('#s13')).not.toBe(await background('#s12'));

		await page.getByRole('link', { name: 'Sentence 3, permalink' }).click();
		await expect(page).toHaveURL('/texts/b-en/#s3');
		const marked = await background('#s3');
		expect(marked).not.toBe(await background('#s12'));
		expect(await background('#s13')).toBe(await background('#s12'));
	});

	test('reading view undoes tokenization; source view shows the exact characters', async ({ page }) => {
		await page.goto('/texts/a-en/');
		const views = page.getByRole('navigation', { name: 'Views of this text' });
		await expect(views.getByRole('link', { name: /Reading view/ })).toHaveAttribute('aria-current', 'page');
		// Names, places and peoples take their capitals in the reading view, and only there.
		await expect(page.locator('#s1 .sentence-text')).toContainText("once Stalin's head of film production.");
		await expect(page.locator('#s1 .sentence-text')).toHaveText(/^1956 was/);
		await expect(page.locator('#s8 .sentence-text')).toContainText("Veronica, who hasn't heard from her lover");
		await expect(page.locator('#s10 .sentence-text')).toHaveText(
			'This film features the famous line, “You can dream when the war is over.”',
		);

		await views.getByRole('link', { name: /Source view/ }).click();
		await expect(page).toHaveURL('/texts/a-en/source/');
		await expect(views.getByRole('link', { name: /Source view/ })).toHaveAttribute('aria-current', 'page');
		await expect(page.locator('#s1 .sentence-text')).toContainText("once stalin 's head of film production .");
		await expect(page.locator('#s10 .sentence-text')).toHaveText(
			"this film features the famous line , `` you can dream when the war is over . ''",
		);
	});

	test('the reading view reads like the review: capitals restored, glued sentences split', async ({ page }) => {
		await page.goto('/texts/a-en/');
		await expect(page.locator('#s2 .sentence-text')).toContainText(
			'the German invasion of Russia when Germany introduced the Barbarossa Plan',
		);
		await expect(page.locator('#s6 .sentence-text')).toContainText('as The Cranes Are Flying was made after Stalin');
		await expect(page.locator('#s7 .sentence-text')).toContainText(
			'using spectacular crane and tracking shots, images of wartime, battlefields, Moscow',
		);

		await page.goto('/texts/b-en/');
		await expect(page.locator('#s1 .sentence-text')).toHaveText(
			'The aftermath of World War Two almost resulted in the death of Soviet cinema.',
		);
		await expect(page.locator('#s4 .sentence-text')).toContainText(
			"'Letyat zhuravli / The Cranes Are Flying,' one of the finest depictions of war I've seen",
		);
		await expect(page.locator('#s11 .sentence-text')).toHaveText(/who wanders soullessly through the celebrating crowds\.$/);
		await expect(page.locator('#s12 .sentence-text')).toHaveText(/^Perhaps the most remarkable feature of 'The Cranes Are Flying'/);

		await page.goto('/texts/b-en/source/');
		await expect(page.locator('#s11 .sentence-text')).toHaveText(/through the celebrating crowds\.$/);
		await expect(page.locator('#s12 .sentence-text')).toHaveText(/^perhaps the most remarkable feature of 'the cranes are flying '/);
	});

	test('comparison cells, person pages, search excerpts and TMX show the reading page’s text', async ({ page }) => {
		await page.goto('/texts/b-en/');
		const reading = (await page.locator('#s5 .sentence-text').textContent())!;
		expect(reading).toContain(
			"the Soviet Union, but international recognition was soon to follow, and Kalatozov's film was honoured with the Palm d'Or at the 1958 Cannes Film Festival.",
		);

		await page.goto('/compare/b-en/b-es/');
		const cell = page
			.locator('.cell[data-text="b-en"] .compare-sentence')
			.filter({ has: page.locator('.sentence-ref', { hasText: /^5$/ }) });
		expect((await cell.textContent())!.trim().replace(/^5\s+/, '')).toBe(reading);

		await page.goto('/people/mikhail-kalatozov/');
		await expect(page.locator('.mention-sentence').filter({ hasText: 'was honoured with the Palm' })).toHaveText(reading);

		await page.goto(`/search/?q=${encodeURIComponent('"honoured with the palm"')}`);
		await expect(page.locator('.result-excerpt').first()).toContainText("honoured with the Palm d'Or at the 1958 Cannes Film Festival");

		const tmx = await (await page.request.get('/data/alignments/b-en--b-es.tmx')).text();
		expect(tmx).toContain(`<seg>${reading}</seg>`);
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
