import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { createMentionMatcher } from '../../src/people/find-mentions.ts';
import rehypeMentions, { type Options } from '../../src/render/rehype-mentions.ts';
import { renderSentences } from '../../src/render/render-sentences.ts';
import { sentencesToHast } from '../../src/render/sentences-to-hast.ts';

const matcher = createMentionMatcher([
	{ id: 'veronika', spellings: ['Veronika', 'Veronica'] },
	{ id: 'boris', spellings: ['Boris'] },
	{ id: 'sergei-urusevsky', spellings: ['Sergei Urusevsky', 'Sergei Uresevsky', 'Urusevsky'] },
	{ id: 'joseph-stalin', spellings: ['Stalin'] },
]);
const href = (id: string) => `/people/${id}/`;
const reading: Options = { matcher, href, recase: true };
const source: Options = { matcher, href, recase: false };

/** Runs the plugin over the sentence list of `texts` and returns each sentence's text span. */
function sentenceTexts(texts: string[], options: Options): Element[] {
	const tree = sentencesToHast(
		texts.map((text, i) => ({ id: `s${i + 1}`, text })),
		{ lang: 'en' },
	);
	rehypeMentions(options)(tree);
	const list = tree.children[0] as Element;
	return list.children.map((item) => (item as Element).children[2] as Element);
}

const text = (value: string): ElementContent => ({ type: 'text', value });
const link = (id: string, name: string): ElementContent => h('a.mention', { href: href(id) }, name);

describe('rehypeMentions', () => {
	it('splits a sentence into text and links to the people it names', () => {
		const [span] = sentenceTexts(['cinematographer sergei uresevsky , using cranes'], reading);
		expect(span!.children).toEqual([text('cinematographer '), link('sergei-urusevsky', 'Sergei Uresevsky'), text(' , using cranes')]);
	});

	it('recases names in the reading view and keeps them verbatim in the source view', () => {
		const sentence = "once stalin 's head ; veronica waits";
		const names = (options: Options) =>
			sentenceTexts([sentence], options)[0]!
				.children.filter((node) => node.type === 'element')
				.map((node) => toHtml(node));
		expect(names(reading)).toEqual([
			'<a class="mention" href="/people/joseph-stalin/">Stalin</a>',
			'<a class="mention" href="/people/veronika/">Veronica</a>',
		]);
		expect(names(source)).toEqual([
			'<a class="mention" href="/people/joseph-stalin/">stalin</a>',
			'<a class="mention" href="/people/veronika/">veronica</a>',
		]);
		// Recasing only ever changes case: the source view keeps every character.
		const [verbatim] = sentenceTexts([sentence], source);
		expect(toHtml(verbatim!.children)).not.toMatch(/Stalin|Veronica/);
	});

	it('links a name at the very start and at the very end of a sentence', () => {
		const [span] = sentenceTexts(['Boris waits for Veronika'], reading);
		expect(span!.children).toEqual([link('boris', 'Boris'), text(' waits for '), link('veronika', 'Veronika')]);
	});

	it('links two names in a row as two links', () => {
		const [span] = sentenceTexts(['boris veronica'], reading);
		expect(span!.children).toEqual([link('boris', 'Boris'), text(' '), link('veronika', 'Veronica')]);
	});

	it('keeps markup-like text escaped around the links', () => {
		const html = renderSentences([{ id: 's1', text: '<script>boris</script> &amp; "><img src=x> stalin' }], {
			lang: 'en',
			mentions: reading,
		});
		expect(html).not.toMatch(/<script|<img/);
		expect(html).toContain(
			'<span class="sentence-text">&#x3C;script><a class="mention" href="/people/boris/">Boris</a>&#x3C;/script> &#x26;amp; ">&#x3C;img src=x> <a class="mention" href="/people/joseph-stalin/">Stalin</a></span>',
		);
	});

	it('leaves each sentence, its number and its permalink as they were', () => {
		const html = renderSentences(
			[
				{ id: 's1', text: 'One with boris.' },
				{ id: 's2', text: 'None here.' },
			],
			{ lang: 'en', mentions: reading },
		);
		expect(html).toBe(
			'<ol class="sentences" lang="en">' +
				'<li class="sentence" id="s1"><a class="sentence-number" href="#s1" aria-label="Sentence 1, permalink">1</a> <span class="sentence-text">One with <a class="mention" href="/people/boris/">Boris</a>.</span></li>' +
				'<li class="sentence" id="s2"><a class="sentence-number" href="#s2" aria-label="Sentence 2, permalink">2</a> <span class="sentence-text">None here.</span></li>' +
				'</ol>',
		);
	});

	it('touches only text directly inside a sentence text, never other elements', () => {
		const tree: Root = {
			type: 'root',
			children: [
				h('p', 'boris outside a sentence'),
				h('span.sentence-text', [h('a', { href: '/elsewhere/' }, 'boris in a link'), ' and boris']),
			],
		};
		rehypeMentions(reading)(tree);
		expect(toHtml(tree)).toBe(
			'<p>boris outside a sentence</p><span class="sentence-text"><a href="/elsewhere/">boris in a link</a> and <a class="mention" href="/people/boris/">Boris</a></span>',
		);
	});

	it('changes nothing without people', () => {
		const tree = sentencesToHast([{ id: 's1', text: 'boris and stalin' }], { lang: 'en' });
		const before = structuredClone(tree);
		rehypeMentions({ matcher: createMentionMatcher([]), href, recase: true })(tree);
		expect(tree).toEqual(before);
	});
});
