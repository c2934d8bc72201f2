import { describe, expect, it } from 'vitest';
import { sharedAnchors } from '../../../src/compare/shared-anchors.ts';
import { createMentionMatcher } from '../../../src/people/find-mentions.ts';
import { variantPairs, pairId } from '../../../src/compare/variant-pairs.ts';

const matcher = createMentionMatcher([{ id: 'sergei-urusevsky', spellings: ['Urusevsky', 'Uresevsky'] }]);

describe('sharedAnchors', () => {
	it('marks numbers and names found on both sides, under any spelling', () => {
		const source = 'urusevsky filmed it in 1957 and 1958.';
		const target = 'Uresevsky lo filmó en 1957.';
		const anchors = sharedAnchors(source, target, matcher);
		expect(anchors.source.map(({ start, end }) => source.slice(start, end))).toEqual(['urusevsky', '1957']);
		expect(anchors.target.map(({ start, end }) => target.slice(start, end))).toEqual(['Uresevsky', '1957']);
	});
});

describe('variantPairs', () => {
	it('pairs each variant with every later one', () => {
		expect(variantPairs(['a', 'b', 'c']).map(({ source, target }) => pairId(source, target))).toEqual(['a--b', 'a--c', 'b--c']);
	});
});

describe('sharedAnchors counts numbers as the aligner does', () => {
	it('takes 1,000 and 1.000 as one number, whatever the language writes between the digits', () => {
		const shared = sharedAnchors('It cost 1,000 roubles in 1957.', 'Costó 1.000 rublos en 1957.');
		expect(shared.source.map(({ key }) => key)).toEqual(['number:1000', 'number:1957']);
		expect(shared.target.map(({ key }) => key)).toEqual(['number:1000', 'number:1957']);
	});
});
