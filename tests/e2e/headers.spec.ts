/**
 * The site's `_headers`, as a host that reads it sends them (the tests' server applies
 * them with Netlify's own parser): a policy no other site can frame, and caching that
 * keeps hashed files for a year and pages for minutes.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';

test.describe('headers for a real host', () => {
	test('every page is sent with its policy, frame-ancestors included, and the security headers', async ({ request }) => {
		for (const path of ['/', '/texts/a-en/', '/compare/a/', '/search/', '/data/corpus.json', '/texts/a-en.txt']) {
			const headers = (await request.get(path)).headers();
			expect(headers['content-security-policy'], path).toMatch(/^default-src 'self';.*; frame-ancestors 'none'$/);
			expect(headers['x-content-type-options'], path).toBe('nosniff');
			expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
			expect(headers['cache-control'], path).toBe('public, max-age=300, must-revalidate');
		}
	});

	test('hashed assets are cached for a year, the search index as briefly as the pages', async ({ page, request }) => {
		const cache: Record<string, string | undefined> = {};
		page.on('response', (response) => (cache[new URL(response.url()).pathname] = response.headers()['cache-control']));
		await page.goto('/search/?q=Urusevsky');
		await expect(page.locator('[data-search-results] li').first()).toBeVisible();
		const assets = Object.keys(cache).filter((path) => path.startsWith('/_astro/'));
		const index = Object.keys(cache).filter((path) => path.startsWith('/search-index/'));
		expect(assets.length).toBeGreaterThan(0);
		expect(index).toContain('/search-index/manifest.json');
		for (const path of assets) expect(cache[path], path).toBe('public, max-age=31536000, immutable');
		for (const path of index) expect(cache[path], path).toBe('public, max-age=300, must-revalidate');
		expect((await request.get('/_headers')).status()).toBe(404);
	});

	test('a page of another site that frames the site is refused', async ({ page, baseURL }) => {
		// Another origin on this machine (a page on the public web may not frame a local one
		// at all in Chromium, which would hide whether the site's own policy refuses it).
		const framer = createServer((_request, response) =>
			response
				.writeHead(200, { 'content-type': 'text/html' })
				.end(`<!doctype html><title>framer</title><iframe src="${baseURL}/texts/a-en/"></iframe>`),
		);
		await new Promise<void>((resolve) => framer.listen(0, 'localhost', resolve));
		try {
			const messages: string[] = [];
			page.on('console', (message) => messages.push(message.text()));
			await page.goto(`http://localhost:${(framer.address() as AddressInfo).port}/`);
			await expect
				.poll(() => messages.find((text) => text.includes('frame-ancestors')))
				.toContain(`violates the following Content Security Policy directive: "frame-ancestors 'none'"`);
			const frame = page.frames().find((candidate) => candidate !== page.mainFrame())!;
			expect(frame.url()).not.toContain('/texts/a-en/');
			await expect(frame.getByRole('heading', { name: 'Review A, English original' })).toHaveCount(0);
		} finally {
			framer.close();
		}
	});
});
