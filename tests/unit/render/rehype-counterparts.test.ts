import { describe, expect, it } from 'vitest';
import { linksBySentence, orientLinks } from '../../../src/compare/counterparts.ts';
import { renderSentences } from '../../../src/render/render-sentences.ts';

// a-es's view of review A: its s1 and s2 are the English s1 (2:1); its s3 is the English
// s2 and s3 (1:2); its s4 has no English counterpart.
const links = orientLinks(
	[
		{ source: ['s1'], target: ['s1', 's2'], confidence: 0.9 },
		{ source: ['s2', 's3'], target: ['s3'], confidence: 0.8 },
		{ source: [], target: ['s4'], confidence: 0 },
	],
	'target',
);
const english = {
	label: 'English original',
	lang: 'en',
	links: linksBySentence(links),
	sentenceHref: (id: string) => `/texts/a-en/#${id}`,
	rowHref: (own: string) => `/compare/a-en/a-es/#a-es-${own}`,
};
const render = (id: string) => {
	const html = renderSentences([{ id, text: `Oración ${id}.` }], { lang: 'es', counterparts: { versions: [english] } });
	return html.slice(html.indexOf('<p class="counterparts"'), html.indexOf('</li>'));
};

describe('rehypeCounterparts', () => {
	it('links a sentence to its counterpart and its comparison row', () => {
		expect(render('s3')).toBe(
			'<p class="counterparts" lang="en"><span class="counterpart" title="Sentences 2 and 3 of the English original are the counterpart of sentence 3 here">' +
				'<a class="counterpart-version" href="/compare/a-en/a-es/#a-es-s3" title="Compare side by side">English original</a> ' +
				'<a href="/texts/a-en/#s2" hreflang="en" aria-label="English original, sentence 2">2</a><span aria-hidden="true"> + </span>' +
				'<a href="/texts/a-en/#s3" hreflang="en" aria-label="English original, sentence 3">3</a></span></p>',
		);
	});

	it('says which sentences here share one counterpart (n:1)', () => {
		const html = render('s2');
		expect(html).toContain('aria-label="English original, sentence 1, which sentence 2 shares with 1 here"');
		expect(html).toContain('<span class="counterpart-with" aria-hidden="true"> (with 1)</span>');
		expect(html).toContain('title="Sentence 1 of the English original is the counterpart of sentences 1 and 2 here"');
	});

	it('says so in words when a sentence has no counterpart', () => {
		expect(render('s4')).toContain('>English original</a>: no counterpart</span>');
	});

	it('adds nothing when the text has no other version', () => {
		expect(renderSentences([{ id: 's1', text: 'Solo.' }], { lang: 'es', counterparts: { versions: [] } })).not.toContain('counterparts');
	});
});

describe('rehypeSentenceCitations', () => {
	it('gives each sentence its citation as plain text', () => {
		const html = renderSentences([{ id: 's7', text: 'Hola <b>.' }], {
			lang: 'es',
			citations: { cite: (id) => `Text, sentence ${id.slice(1)}. https://x.example/t/#${id}` },
		});
		expect(html).toContain(
			'<p class="cite" lang="en"><span class="cite-label">Cite: </span><span class="cite-text">Text, sentence 7. https://x.example/t/#s7</span></p>',
		);
		expect(html).toContain('Hola &#x3C;b>.');
	});
});
