/**
 * Accessibility of every built page, in light and dark colour schemes:
 * one test per page and scheme, generated from the files in dist/ at load
 * time, so a new page is covered without editing this file.
 */
import { expect, test } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import { distPages } from './helpers/dist-pages.ts';

/** WCAG 2.0–2.2 A and AA, plus axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// Throws (failing the whole run) when dist/ has no pages.
const pages = distPages();

// Every test loads its own page: let both workers share this file's tests.
test.describe.configure({ mode: 'parallel' });

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`axe, ${colorScheme} scheme`, () => {
		for (const { urlPath } of pages) {
			test(urlPath, async ({ page, baseURL }) => {
				// The site must not contact other origins: watch every request.
				const ownOrigin = new URL(baseURL!).origin;
				const foreign: string[] = [];
				page.on('request', (request) => {
					const url = new URL(request.url());
					if (url.protocol.startsWith('http') && url.origin !== ownOrigin) foreign.push(url.href);
				});
				// Set before loading, so the first paint is already in this scheme.
				await page.emulateMedia({ colorScheme });
				const response = await page.goto(urlPath);
				expect(response?.ok(), `HTTP ${response?.status()} for ${urlPath}`).toBe(true);

				const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
				expect.soft(describeViolations(violations), `axe violations on ${urlPath} (${colorScheme})`).toEqual([]);
				expect(foreign, `requests to other origins from ${urlPath}`).toEqual([]);
			});
		}
	});
}

/** One readable line per failing element: rule, impact, target, why. */
function describeViolations(violations: Result[]): string[] {
	return violations.flatMap((violation) =>
		violation.nodes.map((node) => {
			const why = (node.failureSummary ?? violation.help).replace(/\s*\n\s*/g, ' ');
			return `${violation.id} [${violation.impact ?? 'n/a'}] ${node.target.join(' ')}: ${why}`;
		}),
	);
}
