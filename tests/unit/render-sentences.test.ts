import { describe, expect, it } from 'vitest';
import { renderSentences } from '../../src/render/render-sentences.ts';
import { renderMarkdown } from '../../src/render/render-markdown.ts';

describe('renderSentences', () => {
	it('numbers sentences with ids and permalinks, in the text language', () => {
		const html = renderSentences(
			[
				{ id: 's1', text: 'One.' },
				{ id: 's2', text: 'Two.' },
			],
			{ lang: 'es' },
		);
		expect(html).toBe(
			'<ol class="sentences" lang="es">' +
				'<li class="sentence" id="s1"><a class="sentence-number" href="#s1" aria-label="Sentence 1, permalink">1</a> <span class="sentence-text">One.</span></li>' +
				'<li class="sentence" id="s2"><a class="sentence-number" href="#s2" aria-label="Sentence 2, permalink">2</a> <span class="sentence-text">Two.</span></li>' +
				'</ol>',
		);
	});

	it('shows markup in a text as characters, never as markup', () => {
		const hostile = '<script>alert(1)</script> "><img src=x onerror=alert(1)> &amp; <br />';
		const html = renderSentences([{ id: 's1', text: hostile }], { lang: 'en' });
		expect(html).not.toMatch(/<script|<img|<br/);
		expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script> ">&#x3C;img src=x onerror=alert(1)>');
		// `&amp;` in the text must stay the five characters "&amp;" when read back.
		expect(html).toContain('&#x26;amp;');
	});
});

describe('renderMarkdown', () => {
	it('renders Markdown prose and drops raw HTML', () => {
		expect(renderMarkdown('Some *prose* with <b>raw</b> `<br />`.')).toBe('<p>Some <em>prose</em> with raw <code>&#x3C;br /></code>.</p>');
	});

	it('keeps the text of links and images to script URLs, not the links', () => {
		const markdown = [
			'[a](javascript:alert(1))',
			'<javascript:alert(2)>',
			'[b](JaVaScRiPt:alert(3))',
			'[c](&#106;avascript:alert(4))',
			'![d](javascript:alert(5))',
			'[e](data:text/html,x)',
			'[f](  javascript:alert(6))',
			'[g](vbscript:x)',
			'[h][1]\n\n[1]: javascript:alert(7)',
		].join(' ');
		expect(renderMarkdown(markdown)).toBe('<p>a javascript:alert(2) b c d e f g h</p>');
	});

	it('shows every image as its alt text, so no request leaves the site', () => {
		expect(renderMarkdown('![t](https://evil.example/pixel.png) ![u](//evil.example/p.png) ![v](local.png) ![](x.png)')).toBe(
			'<p>t u v </p>',
		);
	});

	it('keeps http(s), mailto and relative links', () => {
		expect(renderMarkdown('[a](https://example.org/) [b](mailto:x@example.org) [c](/people/) [d](#notes) [e](java%09script:x)')).toBe(
			'<p><a href="https://example.org/">a</a> <a href="mailto:x@example.org">b</a> <a href="/people/">c</a> <a href="#notes">d</a> <a href="java%09script:x">e</a></p>',
		);
	});
});
