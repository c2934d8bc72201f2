import { describe, expect, it } from 'vitest';
import { parallelToHast } from '../../../src/render/parallel-to-hast.ts';
import { renderSentenceTree } from '../../../src/render/render-sentences.ts';
import { createMentionMatcher } from '../../../src/people/find-mentions.ts';

const columns = [
	{ label: 'Spanish translation', lang: 'es', empty: 'Nothing in the Spanish translation here.' },
	{ label: 'English original', lang: 'en', empty: 'No counterpart in the English original.' },
];

describe('parallelToHast', () => {
	it('lays out rows of cells, each labelled, in its language, with its sentences’ anchors', () => {
		const html = renderSentenceTree(
			parallelToHast(columns, [
				[
					[{ number: '1', anchor: 's1', href: '#s1', text: 'Una <i>.' }],
					[{ number: '1', anchor: 'a-en-s1', href: '/texts/a-en/#s1', text: 'One.' }],
				],
				[[{ number: '2', anchor: 's2', href: '#s2', text: 'Dos.' }], []],
			]),
			{},
		);
		expect(html).toBe(
			'<ol class="parallel-rows">' +
				'<li class="parallel-row">' +
				'<div class="parallel-cell" lang="es"><span class="cell-label" lang="en">Spanish translation</span><p class="parallel-sentence" id="s1"><a class="sentence-number" href="#s1" aria-label="Spanish translation, sentence 1">1</a> <span class="sentence-text">Una &#x3C;i>.</span></p></div>' +
				'<div class="parallel-cell" lang="en"><span class="cell-label" lang="en">English original</span><p class="parallel-sentence" id="a-en-s1"><a class="sentence-number" href="/texts/a-en/#s1" aria-label="English original, sentence 1">1</a> <span class="sentence-text">One.</span></p></div>' +
				'</li>' +
				'<li class="parallel-row">' +
				'<div class="parallel-cell" lang="es"><span class="cell-label" lang="en">Spanish translation</span><p class="parallel-sentence" id="s2"><a class="sentence-number" href="#s2" aria-label="Spanish translation, sentence 2">2</a> <span class="sentence-text">Dos.</span></p></div>' +
				'<div class="parallel-cell" lang="en"><span class="cell-label" lang="en">English original</span><p class="cell-empty" lang="en">No counterpart in the English original.</p></div>' +
				'</li></ol>',
		);
	});

	it('links names in both columns', () => {
		const matcher = createMentionMatcher([{ id: 'joseph-stalin', spellings: ['Stalin'] }]);
		const html = renderSentenceTree(
			parallelToHast(columns, [
				[[{ number: '1', anchor: 's1', href: '#s1', text: 'Stalin.' }], [{ number: '1', anchor: 'a-en-s1', href: '#', text: 'Stalin.' }]],
			]),
			{ mentions: { matcher, href: (id) => `/people/${id}/` } },
		);
		expect(html.match(/<a class="mention" href="\/people\/joseph-stalin\/">Stalin<\/a>/g)).toHaveLength(2);
	});
});
