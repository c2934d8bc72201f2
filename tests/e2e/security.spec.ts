import { expect, test, type Page } from '@playwright/test';
import { deployment } from '../../src/site/deployment.ts';
import { distPages } from './helpers/dist-pages.ts';

/** Records CSP violations in the page, from before any of its own code runs. */
async function watchViolations(page: Page) {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
	});
	return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test.describe('content security policy', () => {
	for (const { urlPath: url } of distPages()) {
		test(`${url} loads with no CSP violation and nothing from another site`, async ({ page, baseURL }) => {
			const offSite: string[] = [];
			page.on('request', (request) => {
				if (!request.url().startsWith(baseURL!)) offSite.push(request.url());
			});
			const violations = await watchViolations(page);
			await page.goto(url);
			await page.waitForLoadState('networkidle');
			await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
				'content',
				/script-src 'self';.*worker-src 'none'/,
			);
			expect(await violations()).toEqual([]);
			expect(offSite).toEqual([]);
		});
	}

	test('search runs under the policy: its scripts and JSON from the site, nothing compiled, no worker', async ({ page }) => {
		const violations = await watchViolations(page);
		await page.goto('/search/?q=%22las%20gr%C3%BAas%22');
		await expect(page.locator('[data-search-status]')).toHaveText(/match/);
		expect(await violations()).toEqual([]);
		const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
		expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'wasm-unsafe-eval'|\*|https?:/);
	});
});

test.describe('search engines', () => {
	// Absolute URLs name the site the build was made for (SITE_URL), whatever port serves it here.
	const site = deployment().site;

	test('a text page has a canonical URL and reciprocal hreflang alternates with its translation', async ({ page }) => {
		await page.goto('/texts/a-en/');
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${site}/texts/a-en/`);
		const alternates = (p: Page) =>
			p
				.locator('link[rel="alternate"][hreflang]')
				.evaluateAll((links) => links.map((link) => `${link.getAttribute('hreflang')} ${link.getAttribute('href')}`));
		expect(await alternates(page)).toEqual([`en ${site}/texts/a-en/`, `es ${site}/texts/a-es/`]);
		await page.goto('/texts/a-es/');
		expect(await alternates(page)).toEqual([`es ${site}/texts/a-es/`, `en ${site}/texts/a-en/`]);
		await page.goto('/texts/a-en-rewrite/');
		expect(await alternates(page)).toEqual([]);
	});

	test('every page has a description, and robots.txt points to a sitemap of every page', async ({ page, request }) => {
		const robots = await (await request.get('/robots.txt')).text();
		expect(robots).toContain(`Sitemap: ${site}/sitemap-index.xml`);
		const sitemap = await (await request.get('/sitemap-0.xml')).text();
		const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname).sort();
		const pages = distPages()
			.map(({ urlPath }) => urlPath)
			.filter((url) => url !== '/404.html')
			.sort();
		expect(listed).toEqual(pages);
		for (const url of pages.slice(0, 8)) {
			await page.goto(url);
			await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S{20,}|\S+ \S+ \S+/);
		}
	});
});
