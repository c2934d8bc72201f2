import { describe, expect, it } from 'vitest';
import { markdownNestingDepth } from '../../../src/render/markdown-nesting.ts';

describe('markdownNestingDepth', () => {
	it.each([
		['plain prose', 'Some *prose*.\n\nMore.', 0],
		['a quote', '> quoted', 1],
		['a quote in a quote', '> > deeper\n> back', 2],
		['a nested list', '- a\n  - b\n    - c', 3],
		['an ordered list in a quote', '> 1. one\n>    2. two', 2],
		['3,000 quotes', `${'> '.repeat(3000)}x`, 3000],
		['a quote without its space', '>>>x', 3],
	])('%s', (_name, markdown, depth) => {
		expect(markdownNestingDepth(markdown)).toBe(depth);
	});

	it('counts emphasis and rules as no nesting', () => {
		expect(markdownNestingDepth('*a*a*a*a\n---\n**b**')).toBe(0);
	});
});
