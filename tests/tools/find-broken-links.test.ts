import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../scripts/lib/find-broken-links.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/dist-checks');

/** Writes a throwaway dist folder: { 'path/in/dist': contents }. */
function makeDist(files: Record<string, string>): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'links-'));
	for (const [file, contents] of Object.entries(files)) {
		mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
		writeFileSync(path.join(dir, file), contents);
	}
	return dir;
}

describe('findBrokenLinks', () => {
	it('accepts a site whose links all work, and counts what it checked', () => {
		const report = findBrokenLinks(path.join(FIXTURES, 'good'), { siteUrl: 'http://127.0.0.1:4321' });
		expect(report.broken).toEqual([]);
		expect(report).toMatchObject({ pages: 4, links: 24, anchors: 6, external: 4 });
	});

	it('reports every kind of broken link, each once, with the reason', () => {
		const report = findBrokenLinks(path.join(FIXTURES, 'broken'));
		expect(report.broken.map(({ page, url, reason }) => `${page} → ${url}: ${reason}`)).toEqual([
			'/ → /gone/: no such file: dist/gone/index.html (meta[http-equiv=refresh])',
			'/ → //fonts.example.net/css: third-party request to http://fonts.example.net: only plain hyperlinks may leave this site (link[href])',
			'/ → https://cdn.example.com: third-party request to https://cdn.example.com: only plain hyperlinks may leave this site (link[href])',
			'/ → https://cdn.example.com/lib.js: third-party request to https://cdn.example.com: only plain hyperlinks may leave this site (script[src])',
			'/ → /texts/missing/: no such file: dist/texts/missing/index.html (a[href])',
			'/ → /texts/a-en: missing trailing slash: the page is /texts/a-en/ (a[href])',
			'/ → /texts/a-en/#nope: no element with id="nope" on /texts/a-en/ (a[href])',
			'/ → #nowhere: no element with id="nowhere" on / (a[href])',
			'/ → /data/nope.json: no such file: dist/data/nope.json (a[href])',
			'/ → javascript:void(0): javascript: URL (a[href])',
			'/ → /img/missing.svg: no such file: dist/img/missing.svg (img[srcset])',
			'/ → : empty URL (img[src])',
			'/ → https://forms.example.com/submit: third-party request to https://forms.example.com: only plain hyperlinks may leave this site (form[action])',
		]);
	});

	it('matches percent-encoded fragments to non-ASCII ids and <a name>', () => {
		const dist = makeDist({
			'index.html':
				'<h1 id="été">x</h1><a name="legacy">l</a><a href="#%C3%A9t%C3%A9">1</a><a href="#été">2</a><a href="/#legacy">3</a><a href="#%C3%A9">4</a>',
		});
		const report = findBrokenLinks(dist);
		expect(report.broken.map((b) => b.reason)).toEqual(['no element with id="é" on / (a[href])']);
		expect(report.anchors).toBe(4);
	});

	it('resolves relative links against <base href> and the page URL', () => {
		const dist = makeDist({
			'texts/a/index.html': '<base href="/texts/"><a href="a/">ok</a><a href="b/">missing</a>',
			'texts/b/source/index.html': '<a href="../../a/">ok</a><a href="../">missing</a>',
		});
		expect(findBrokenLinks(dist).broken.map(({ page, url }) => `${page} ${url}`)).toEqual(['/texts/a/ b/', '/texts/b/source/ ../']);
	});

	it('checks absolute links to the deployed site as internal ones', () => {
		const dist = makeDist({
			'index.html': '<link rel="canonical" href="https://reviews.example/missing/"><script src="https://reviews.example/app.js"></script>',
			'app.js': '',
		});
		expect(findBrokenLinks(dist).broken.map((b) => b.reason)).toEqual([
			// Without siteUrl, the script is a third-party request and the canonical link is not checked.
			'third-party request to https://reviews.example: only plain hyperlinks may leave this site (script[src])',
		]);
		expect(findBrokenLinks(dist, { siteUrl: 'https://reviews.example/' }).broken.map((b) => b.reason)).toEqual([
			'no such file: dist/missing/index.html (link[href])',
		]);
	});

	it('does not look outside the dist folder', () => {
		const dist = makeDist({ 'index.html': '<a href="/..%2Fetc%2Fpasswd">x</a>' });
		expect(findBrokenLinks(dist).broken.map((b) => b.reason)).toEqual(['points outside the site (a[href])']);
	});
});
