import { describe, expect, it } from 'vitest';
import { alignmentToTmx } from '../../src/align/write-tmx.ts';
import type { AlignText } from '../../src/align/types.ts';
import { checkSiteTmx } from '../../scripts/lib/check-site-tmx.ts';

const source: AlignText = {
	id: 'a',
	lang: 'en',
	sentences: [
		{ id: 's1', text: 'One.' },
		{ id: 's2', text: 'Aside.' },
	],
};
const target: AlignText = { id: 'b', lang: 'es', sentences: [{ id: 's1', text: 'Uno.' }] };
const links = [
	{ source: ['s1'], target: ['s1'], confidence: 0.9 },
	{ source: ['s2'], target: [], confidence: 0 },
];
const alignment = { source: 'a', target: 'b', links };
const readText = async (id: string) => JSON.stringify({ lang: id === 'a' ? 'en' : 'es' });

describe('checkSiteTmx', () => {
	it('passes the TMX the writer makes: one unit per two-sided link', async () => {
		expect(await checkSiteTmx(alignmentToTmx({ source, target, links }), alignment, readText)).toEqual([]);
	});

	it('reports a document the DTD rejects', async () => {
		const xml = alignmentToTmx({ source, target, links }).replace(' segtype="sentence"', '');
		expect((await checkSiteTmx(xml, alignment, readText)).join('\n')).toContain('does not carry attribute segtype');
	});

	it('reports a unit without a variant in the source language, and a unit count that is not the links’', async () => {
		const xml = alignmentToTmx({ source, target, links }).replace('<tuv xml:lang="en">', '<tuv xml:lang="de">');
		expect(await checkSiteTmx(xml, alignment, readText)).toEqual(['unit languages are not en then es in every unit']);
		const more = { ...alignment, links: [...links, { source: ['s3'], target: ['s2'], confidence: 1 }] };
		expect(await checkSiteTmx(alignmentToTmx({ source, target, links }), more, readText)).toContain('1 units for 2 two-sided links');
	});
});
