import { describe, expect, it } from 'vitest';
import { excerptOf } from '../../../src/search/excerpt.ts';
import { sentenceLink } from '../../../src/search/sentence-link.ts';

const content = 'This film features the famous line, “you can dream when the war is over.”';

describe('sentenceLink', () => {
	it('marks the sentence number and each matched word in its context', () => {
		// "dream" is word 8.
		const { pieces } = excerptOf(content, [8]);
		expect(sentenceLink('/texts/a-en/#s10', content, pieces)).toBe(
			'/texts/a-en/#s10:~:text=10,-This%20film%20features&text=line%2C%20%E2%80%9Cyou%20can-,dream,-when%20the%20war',
		);
	});

	it('highlights a phrase or a hyphenated word as one run, and escapes directive syntax', () => {
		const sentence = 'a well-known war film, and x-ray';
		// Words: a well known war film and x ray.
		const { pieces } = excerptOf(sentence, [3, 4, 6, 7]);
		expect(sentenceLink('/texts/t/#s2', sentence, pieces)).toBe(
			'/texts/t/#s2:~:text=2,-a%20well%2Dknown%20war&text=a%20well%2Dknown-,war%20film,-%2C%20and%20x%2Dray&text=war%20film%2C%20and-,x%2Dray',
		);
	});

	it('leaves a URL without a sentence as it is', () => {
		expect(sentenceLink('/texts/t/', 'x', [])).toBe('/texts/t/');
	});
});
