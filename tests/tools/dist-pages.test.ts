import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFileToUrlPath, listDistPages, listHtmlFiles } from '../../scripts/lib/dist-pages.ts';

describe('htmlFileToUrlPath', () => {
	it('serves index.html files as their directory and other files by name', () => {
		expect(htmlFileToUrlPath('index.html')).toBe('/');
		expect(htmlFileToUrlPath('texts/a-en/index.html')).toBe('/texts/a-en/');
		expect(htmlFileToUrlPath('404.html')).toBe('/404.html');
	});

	it('percent-encodes each segment', () => {
		expect(htmlFileToUrlPath('textes/été #1/index.html')).toBe('/textes/%C3%A9t%C3%A9%20%231/');
	});
});

describe('listHtmlFiles', () => {
	it('lists only .html files, recursively, sorted, with / separators', () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'dist-pages-'));
		mkdirSync(path.join(dir, 'texts/b/source'), { recursive: true });
		for (const file of ['index.html', '404.html', 'texts/b/index.html', 'texts/b/source/index.html', 'texts/b.txt', 'data.json']) {
			writeFileSync(path.join(dir, file), '');
		}
		expect(listHtmlFiles(dir)).toEqual(['404.html', 'index.html', 'texts/b/index.html', 'texts/b/source/index.html']);
		expect(listDistPages(dir).map((page) => page.urlPath)).toEqual(['/404.html', '/', '/texts/b/', '/texts/b/source/']);
	});

	it('throws when the folder does not exist', () => {
		expect(() => listHtmlFiles(path.join(tmpdir(), 'no-such-dist-folder'))).toThrow(/build the site first/);
	});
});
