/**
 * A reader moving between the versions of a review: from any sentence to its counterparts
 * in one click, a text read beside another, comparison rows addressed by sentence, and a
 * sentence's citation.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

interface Link {
	source: string[];
	target: string[];
	confidence: number;
}
interface CorpusJson {
	texts: { id: string; title: string; review: string; url: string; source: string }[];
	alignments: { source: string; target: string; data: string }[];
}

const corpusOf = async (request: APIRequestContext) => (await (await request.get('/data/corpus.json')).json()) as CorpusJson;
const linksOf = async (request: APIRequestContext, url: string) => ((await (await request.get(url)).json()) as { links: Link[] }).links;
const background = (page: Page, selector: string) =>
	page.locator(selector).evaluate((element) => getComputedStyle(element).backgroundColor);

test.describe('every sentence leads to its counterparts', () => {
	test('from sentence 10 of the Spanish of review A to the English it translates, in one click', async ({ page, request }) => {
		const links = await linksOf(request, '/data/alignments/a-en--a-es.json');
		const english = links.find((link) => link.target.includes('s10'))!.source;
		await page.goto('/texts/a-es/');
		const counterpart = page
			.locator('#s10 .counterparts')
			.getByRole('link', { name: new RegExp(`^English original, sentence ${english[0]!.slice(1)}\\b`) });
		await counterpart.click();
		await expect(page).toHaveURL(`/texts/a-en/#${english[0]}`);
		const target = page.locator(`#${english[0]}`);
		await expect(target).toBeInViewport();
		expect(await background(page, `#${english[0]}`)).not.toBe(await background(page, english[0] === 's1' ? '#s2' : '#s1'));
	});

	test('every sentence of every reading and source page links to each counterpart the alignments give', async ({ page, request }) => {
		const corpus = await corpusOf(request);
		const byText = new Map<string, Map<string, { other: string; link: Link; side: 'source' | 'target' }[]>>();
		for (const alignment of corpus.alignments) {
			const links = await linksOf(request, alignment.data);
			for (const side of ['source', 'target'] as const) {
				const own = alignment[side];
				const other = side === 'source' ? alignment.target : alignment.source;
				const entries = byText.get(own) ?? new Map();
				for (const link of links) for (const id of link[side]) entries.set(id, [...(entries.get(id) ?? []), { other, link, side }]);
				byText.set(own, entries);
			}
		}
		for (const text of corpus.texts) {
			for (const view of ['', 'source/']) {
				await page.goto(`${text.url}${view}`);
				const items = await page.locator('ol.sentences > li').evaluateAll((lis) =>
					lis.map((li) => ({
						id: li.id,
						counterparts: [...li.querySelectorAll('.counterpart')].map((span) => ({
							row: span.querySelector('a.counterpart-version')!.getAttribute('href')!,
							hrefs: [...span.querySelectorAll('a:not(.counterpart-version)')].map((a) => a.getAttribute('href')!),
							none: span.classList.contains('counterpart-none') ? span.textContent : null,
						})),
					})),
				);
				for (const item of items) {
					const expected = byText.get(text.id)!.get(item.id)!;
					expect(item.counterparts, `${text.id} ${item.id}`).toHaveLength(expected.length);
					for (const [i, { other, link, side }] of expected.entries()) {
						const others = side === 'source' ? link.target : link.source;
						const found = item.counterparts[i]!;
						const base = `/texts/${other}/${view}`;
						expect(found.hrefs).toEqual(others.map((id) => `${base}#${id}`));
						if (others.length === 0) expect(found.none).toMatch(/: no counterpart$/);
						const [source, target] = side === 'source' ? [text.id, other] : [other, text.id];
						expect(found.row).toBe(`/compare/${source}/${target}/#${text.id}-${item.id}`);
					}
				}
			}
		}
	});

	test('reading comes first: the first sentence starts on the first screen of a phone and a desktop', async ({ page, request }) => {
		const corpus = await corpusOf(request);
		for (const [width, height] of [
			[390, 844],
			[1280, 800],
		] as const) {
			await page.setViewportSize({ width, height });
			for (const text of corpus.texts) {
				for (const path of [text.url, `${text.url}source/`]) {
					await page.goto(path);
					const box = (await page.locator('#s1').boundingBox())!;
					expect(box.y, `${path} at ${width}×${height}`).toBeLessThan(height - 40);
				}
			}
		}
		// The file's facts are there, closed, after the text.
		await page.goto('/texts/a-en/');
		const facts = page.locator('details.text-facts');
		await expect(facts).not.toHaveAttribute('open');
		await expect(facts.locator('dl')).toBeHidden();
		await facts.locator('summary').click();
		await expect(facts).toContainText('dae41ebe64c7e6edd258859f26127d97173e9632b87fcecef59097a0adabcecd');
		// The view is named once: by its tab.
		await expect(page.getByText('Reading view', { exact: true })).toHaveCount(0);
		await expect(page.getByRole('navigation', { name: 'Views of this text' }).getByRole('link', { name: /^Reading view/ })).toHaveAttribute(
			'aria-current',
			'page',
		);
	});
});

test.describe('reading a text beside another version', () => {
	test('every reading page offers, in one click, each other version beside it', async ({ page }) => {
		await page.goto('/texts/a-es/');
		const views = page.getByRole('navigation', { name: 'Views of this text' });
		await expect(views.getByRole('link')).toHaveText([
			/Reading view/,
			/Source view/,
			/With the English original/,
			/With the English machine rewrite/,
		]);
		await views.getByRole('link', { name: /With the English original/ }).click();
		await expect(page).toHaveURL('/texts/a-es/with/a-en/');
		await expect(views.getByRole('link', { name: /With the English original/ })).toHaveAttribute('aria-current', 'page');
	});

	test('the text in its own order, each sentence beside its counterpart, each cell in its language', async ({ page, request }) => {
		const links = await linksOf(request, '/data/alignments/a-en--a-es.json');
		await page.goto('/texts/a-es/with/a-en/');
		const rows = page.locator('.parallel-row');
		await expect(rows).toHaveCount(links.length);
		const own = await page.locator('.parallel-row .parallel-cell:first-child .parallel-sentence').evaluateAll((ps) => ps.map((p) => p.id));
		expect(own).toEqual(links.flatMap((link) => link.target));
		for (const [i, link] of links.entries()) {
			const cells = rows.nth(i).locator('.parallel-cell');
			await expect(cells.nth(0)).toHaveAttribute('lang', 'es');
			await expect(cells.nth(1)).toHaveAttribute('lang', 'en');
			const other = await cells
				.nth(1)
				.locator('.parallel-sentence')
				.evaluateAll((ps) => ps.map((p) => p.id));
			expect(other).toEqual(link.source.map((id) => `a-en-${id}`));
		}
		// Beside on a desktop…
		const [a, b] = [
			await rows.nth(2).locator('.parallel-cell').nth(0).boundingBox(),
			await rows.nth(2).locator('.parallel-cell').nth(1).boundingBox(),
		];
		expect(b!.x).toBeGreaterThan(a!.x + a!.width - 1);
		expect(Math.abs(b!.y - a!.y)).toBeLessThan(2);
		// …beneath on a phone, each cell naming its version.
		await page.setViewportSize({ width: 390, height: 844 });
		const [c, d] = [
			await rows.nth(2).locator('.parallel-cell').nth(0).boundingBox(),
			await rows.nth(2).locator('.parallel-cell').nth(1).boundingBox(),
		];
		expect(d!.y).toBeGreaterThanOrEqual(c!.y + c!.height - 1);
		await expect(rows.nth(2).locator('.cell-label')).toHaveText(['Spanish translation', 'English original']);
		await expect(rows.nth(2).locator('.cell-label').first()).toBeVisible();
		expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
	});

	test('a permalink of the reading page lands on the same sentence here', async ({ page }) => {
		await page.goto('/texts/a-es/with/a-en/#s10');
		await expect(page.locator('#s10')).toBeInViewport();
		expect(await background(page, '#s10')).not.toBe(await background(page, '#s9'));
	});
});

test.describe('comparison pages a reader can use', () => {
	test('a sentence addresses the row that holds it, and reading pages link there', async ({ page, request }) => {
		const links = await linksOf(request, '/data/alignments/a-en--a-es.json');
		const row = links.findIndex((link) => link.target.includes('s10')) + 1;
		await page.goto('/compare/a-en/a-es/#a-es-s10');
		await expect(page.locator(`#r${row}`)).toBeInViewport();
		const other = row === 1 ? 2 : 1;
		expect(await background(page, `#r${row}`)).not.toBe(await background(page, `#r${other}`));

		await page.goto('/texts/a-es/');
		await page.locator('#s10 .counterparts').getByRole('link', { name: 'English original', exact: true }).click();
		await expect(page).toHaveURL('/compare/a-en/a-es/#a-es-s10');
		await expect(page.locator('#a-es-s10')).toBeInViewport();
	});

	test('on a phone every cell names its version, and a rewrite’s diff is one inline copy', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/compare/a/');
		for (const row of (await page.locator('.compare-row').all()).slice(0, 4)) {
			await expect(row.locator('.cell-title')).toHaveText([
				'Review A, English original',
				'Review A, machine rewrite',
				'Review A, Spanish translation',
			]);
			for (const title of await row.locator('.cell-title').all()) await expect(title).toBeVisible();
		}
		await page.goto('/compare/a-en/a-en-rewrite/');
		const row = page.locator('.compare-row.has-inline').first();
		// The original's text is not repeated: only its name and numbers stay, and one copy of the sentence holds both kinds of change.
		await expect(row.locator('.cell[data-pivot] .side').first()).toBeHidden();
		await expect(row.locator('.cell:not([data-pivot]) .side').first()).toBeHidden();
		const inline = row.locator('.cell:not([data-pivot]) .inline').first();
		await expect(inline).toBeVisible();
		await expect(page.locator('.compare-row.has-inline .inline del').first()).toBeVisible();
		await expect(page.locator('.compare-row.has-inline .inline ins').first()).toBeVisible();
		// On a desktop, the two columns instead, and no inline copy.
		await page.setViewportSize({ width: 1280, height: 800 });
		await expect(inline).toBeHidden();
		await expect(row.locator('.cell[data-pivot] .side').first()).toBeVisible();
	});

	test('the review-wide page marks the rewrite’s changes and what the translation shares', async ({ page }) => {
		await page.goto('/compare/a/');
		await expect(page.locator('.cell[data-text="a-en-rewrite"] del').first()).toBeVisible();
		await expect(page.locator('.cell[data-text="a-en-rewrite"] ins').first()).toBeVisible();
		await expect(page.locator('.cell[data-text="a-es"] mark.anchor', { hasText: '1956' })).toBeVisible();
		await expect(page.locator('.cell[data-text="a-en"] mark.anchor', { hasText: '1956' })).toBeVisible();
		await expect(page.locator('.cell[data-text="a-en"] del, .cell[data-text="a-en"] ins')).toHaveCount(0);
	});

	test('a change of case is a change: the rewrite’s capitals are marked', async ({ page }) => {
		await page.goto('/compare/a-en/a-en-rewrite/');
		await expect(page.locator('.cell[data-text="a-en-rewrite"] .side ins', { hasText: 'THE CRANES ARE FLYING' })).toHaveCount(1);
	});

	test('the keyboard walk is announced where it works', async ({ page, browser }) => {
		await page.goto('/compare/b-en/b-es/');
		await expect(page.getByText(/move from row to row/)).toBeVisible();
		const noScript = await browser.newContext({ javaScriptEnabled: false });
		const plain = await noScript.newPage();
		await plain.goto(new URL('/compare/b-en/b-es/', page.url()).href);
		await expect(plain.getByText(/move from row to row/)).toBeHidden();
		await noScript.close();
	});

	test('confidence reads as words, with one line saying what they mean; the figure stays in a tooltip and the data', async ({
		page,
		request,
	}) => {
		const links = await linksOf(request, '/data/alignments/b-en--b-es.json');
		await page.goto('/compare/b-en/b-es/');
		await expect(page.locator('.confidence-legend')).toContainText(/sure.*likely.*unsure/);
		const levels = page.locator('.compare-row .row-level');
		await expect(levels).toHaveCount(links.length);
		for (const [i, link] of links.entries()) {
			const oneSided = link.source.length === 0 || link.target.length === 0;
			const expected = oneSided ? 'no counterpart' : link.confidence >= 0.9 ? 'sure' : link.confidence >= 0.5 ? 'likely' : 'unsure';
			await expect(levels.nth(i)).toHaveText(expected);
			await expect(levels.nth(i)).toHaveAttribute('title', `confidence ${link.confidence.toFixed(2)}`);
		}
	});
});

test.describe('citing a sentence', () => {
	test('its permalink shows a plain-text citation that can be selected and copied without a script', async ({ browser, baseURL }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${baseURL}/texts/a-en/`);
		await expect(page.locator('#s3 .cite')).toBeHidden();
		await page.getByRole('link', { name: 'Sentence 3, permalink' }).click();
		const cite = page.locator('#s3 .cite-text');
		await expect(cite).toBeVisible();
		await expect(cite).toHaveText(/^Review A, English original, sentence 3\. .+\. https?:\/\/[^ ]+\/texts\/a-en\/#s3$/);
		await expect(page.locator('#s4 .cite')).toBeHidden();
		const selected = await cite.evaluate((element) => {
			getSelection()!.selectAllChildren(element);
			return getSelection()!.toString();
		});
		expect(selected).toBe(await cite.textContent());
		await context.close();
	});

	test('a printed page shows its address', async ({ page }) => {
		await page.goto('/texts/a-es/with/a-en/');
		await expect(page.locator('.print-url')).toBeHidden();
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.print-url')).toBeVisible();
		await expect(page.locator('.print-url')).toHaveText(/\/texts\/a-es\/with\/a-en\/$/);
	});
});

test.describe('data a person can use', () => {
	test('"Data" opens a page listing every download with its size, saved rather than opened', async ({ page, request }) => {
		await page.goto('/');
		await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Data' }).click();
		await expect(page).toHaveURL('/data/');
		const corpus = await corpusOf(request);
		const expected = [
			'/data/corpus.json',
			'/data/people.json',
			...corpus.texts.flatMap((text) => [`/texts/${text.id}.txt`, `/data/texts/${text.id}.json`]),
			...corpus.alignments.flatMap((a) => [
				`/data/alignments/${a.source}--${a.target}.json`,
				`/data/alignments/${a.source}--${a.target}.tmx`,
				`/data/qa/${a.source}--${a.target}.json`,
			]),
		];
		const downloads = await page.locator('a[download]').evaluateAll((links) =>
			links.map((link) => ({
				href: link.getAttribute('href')!,
				name: link.getAttribute('download')!,
				size: link.nextElementSibling?.textContent ?? '',
			})),
		);
		expect(downloads.map((download) => download.href).sort()).toEqual([...expected].sort());
		for (const download of downloads) {
			const body = await (await request.get(download.href)).body();
			const bytes = body.length;
			const shown =
				bytes < 1000 ? `(${bytes} bytes)` : `(${new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(bytes / 1000)} KB)`;
			expect(download.size, download.href).toBe(shown);
			// A text's file saves under its own name; a pair's checks under `qa-` and their URL's,
			// not to overwrite the pair's alignment; the rest under their URL's.
			const text = corpus.texts.find((t) => download.href === `/texts/${t.id}.txt`);
			const checks = download.href.startsWith('/data/qa/') ? 'qa-' : '';
			expect(download.name).toBe(text ? text.source : checks + download.href.split('/').at(-1));
		}
		// The TMX is saved, not shown.
		const [file] = await Promise.all([page.waitForEvent('download'), page.locator('a[href$=".tmx"]').first().click()]);
		expect(file.suggestedFilename()).toMatch(/\.tmx$/);
		// The contract is on the page.
		await expect(page.locator('#formats')).toBeVisible();
		await expect(page.locator('.data-formats')).toContainText('/data/alignments/<source>--<target>.json');
	});

	test('the 404 page offers the search form and the list of texts', async ({ page, request }) => {
		const corpus = await corpusOf(request);
		await page.goto('/no/such/page/');
		const search = page.getByRole('search', { name: 'Search the texts' });
		await search.getByRole('searchbox').fill('Urusevsky');
		await expect(page.locator('.not-found').getByRole('link')).toHaveText(['home page', ...corpus.texts.map((text) => text.title)]);
		await search.getByRole('button', { name: 'Search' }).click();
		await expect(page).toHaveURL('/search/?q=Urusevsky');
	});
});
