import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { siteCompleteness } from '../../../scripts/scale/lib/site-completeness.ts';

let dist: string;
afterEach(() => rmSync(dist, { recursive: true, force: true }));

const write = (path: string, body = '') => {
	mkdirSync(dirname(join(dist, path)), { recursive: true });
	writeFileSync(join(dist, path), body);
};

/** A built site of one review in two texts, every file written. */
function builtSite() {
	dist = mkdtempSync(join(tmpdir(), 'completeness-'));
	const text = (id: string) => ({ id, review: 'r', url: `/texts/${id}/`, raw: `/texts/${id}.txt`, data: `/data/texts/${id}.json` });
	write(
		'data/corpus.json',
		JSON.stringify({
			texts: [text('r-en'), text('r-es')],
			alignments: [
				{
					url: '/compare/r-en/r-es/',
					data: '/data/alignments/r-en--r-es.json',
					tmx: '/data/alignments/r-en--r-es.tmx',
					qa: '/data/qa/r-en--r-es.json',
				},
			],
		}),
	);
	for (const id of ['r-en', 'r-es']) {
		write(`texts/${id}/index.html`);
		write(`texts/${id}/source/index.html`);
		write(`texts/${id}.txt`);
		write(`data/texts/${id}.json`);
	}
	write('texts/r-en/with/r-es/index.html');
	write('texts/r-es/with/r-en/index.html');
	write('compare/r/index.html');
	write('compare/r-en/r-es/index.html');
	write('data/alignments/r-en--r-es.json');
	write('data/alignments/r-en--r-es.tmx');
	write('data/qa/r-en--r-es.json');
	write('search-index/manifest.json', JSON.stringify({ texts: 2 }));
}

describe('siteCompleteness', () => {
	it('finds every page and data file of a complete build', () => {
		builtSite();
		expect(siteCompleteness(dist)).toEqual({ texts: 2, expected: 15, missing: 0, firstMissing: [], indexedTexts: 2 });
	});

	it('names the files a build did not write, pages the data contract does not list included', () => {
		builtSite();
		rmSync(join(dist, 'texts/r-es/with/r-en/index.html'));
		rmSync(join(dist, 'data/alignments/r-en--r-es.tmx'));
		const result = siteCompleteness(dist);
		expect(result.missing).toBe(2);
		expect(result.firstMissing).toEqual(['/data/alignments/r-en--r-es.tmx', '/texts/r-es/with/r-en/']);
	});

	it('reports a site without its search index', () => {
		builtSite();
		rmSync(join(dist, 'search-index'), { recursive: true });
		expect(siteCompleteness(dist).indexedTexts).toBeNull();
	});
});
