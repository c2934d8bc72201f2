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
const options: Options = { matcher, href };

/** Runs the plugin over the sentence list of `texts` and returns each sentence's text span. */
function sentenceTexts(texts: string[]): Element[] {
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
		const [span] = sentenceTexts(['cinematographer sergei uresevsky , using cranes']);
		expect(span!.children).toEqual([text('cinematographer '), link('sergei-urusevsky', 'sergei uresevsky'), text(' , using cranes')]);
	});

	it('links names exactly as the view writes them: the reading view has its capitals already', () => {
		const names = (sentence: string) =>
			sentenceTexts([sentence])[0]!
				.children.filter((node) => node.type === 'element')
				.map((node) => toHtml(node));
		expect(names("Once Stalin's head; Veronica waits")).toEqual([
			'<a class="mention" href="/people/joseph-stalin/">Stalin</a>',
			'<a class="mention" href="/people/veronika/">Veronica</a>',
		]);
		// The source view keeps every character.
		expect(names("once stalin 's head ; veronica waits")).toEqual([
			'<a class="mention" href="/people/joseph-stalin/">stalin</a>',
			'<a class="mention" href="/people/veronika/">veronica</a>',
		]);
	});

	it('links a name at the very start and at the very end of a sentence', () => {
		const [span] = sentenceTexts(['Boris waits for Veronika']);
		expect(span!.children).toEqual([link('boris', 'Boris'), text(' waits for '), link('veronika', 'Veronika')]);
	});

	it('links two names in a row as two links', () => {
		const [span] = sentenceTexts(['Boris Veronica']);
		expect(span!.children).toEqual([link('boris', 'Boris'), text(' '), link('veronika', 'Veronica')]);
	});

	it('keeps markup-like text escaped around the links', () => {
		const html = renderSentences([{ id: 's1', text: '<script>Boris</script> &amp; "><img src=x> Stalin' }], {
			lang: 'en',
			mentions: options,
		});
		expect(html).not.toMatch(/<script|<img/);
		expect(html).toContain(
			'<span class="sentence-text">&#x3C;script><a class="mention" href="/people/boris/">Boris</a>&#x3C;/script> &#x26;amp; ">&#x3C;img src=x> <a class="mention" href="/people/joseph-stalin/">Stalin</a></span>',
		);
	});

	it('leaves each sentence, its number and its permalink as they were', () => {
		const html = renderSentences(
			[
				{ id: 's1', text: 'One with Boris.' },
				{ id: 's2', text: 'None here.' },
			],
			{ lang: 'en', mentions: options },
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
		rehypeMentions(options)(tree);
		expect(toHtml(tree)).toBe(
			'<p>boris outside a sentence</p><span class="sentence-text"><a href="/elsewhere/">boris in a link</a> and <a class="mention" href="/people/boris/">boris</a></span>',
		);
	});

	it('changes nothing without people', () => {
		const tree = sentencesToHast([{ id: 's1', text: 'boris and stalin' }], { lang: 'en' });
		const before = structuredClone(tree);
		rehypeMentions({ matcher: createMentionMatcher([]), href })(tree);
		expect(tree).toEqual(before);
	});
});
