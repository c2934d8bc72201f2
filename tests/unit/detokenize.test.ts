import { describe, expect, it } from 'vitest';
import { detokenize } from '../../src/text/detokenize.ts';

describe('detokenize', () => {
	it.each([
		["once stalin 's head", "once stalin's head"],
		["in the 40 's .", "in the 40's."],
		["who has n't heard", "who hasn't heard"],
		["it was n't until", "it wasn't until"],
		["ca n't and wo n't", "can't and won't"],
		["i 've seen", "i've seen"],
		["they 're here , we 'll go , he 'd say , i 'm sure", "they're here, we'll go, he'd say, i'm sure"],
		["STALIN 'S", "STALIN'S"],
	])('joins clitics: %s', (tokens, text) => {
		expect(detokenize(tokens)).toBe(text);
	});

	it("turns `` and '' into curly double quotes with no space inside", () => {
		expect(detokenize("the famous line , `` you can dream when the war is over . ''")).toBe(
			'the famous line, \u201Cyou can dream when the war is over.\u201D',
		);
		expect(detokenize("`` the camera , '' he once declared , `` can express")).toBe(
			'\u201Cthe camera,\u201D he once declared, \u201Ccan express',
		);
		// A quote closed in the next line of the original: the closing mark is still closing.
		expect(detokenize("the cameraman must act with the actors . ''")).toBe('the cameraman must act with the actors.\u201D');
	});

	it('removes the space before closing punctuation and after opening brackets', () => {
		expect(detokenize('a , b . c ; d : e ! f ? g')).toBe('a, b. c; d: e! f? g');
		expect(detokenize('best actress ( tatyana samoilova ) , reawakening')).toBe('best actress (tatyana samoilova), reawakening');
		expect(detokenize('a standstill { a mere nine } and [ a note ]')).toBe('a standstill {a mere nine} and [a note]');
		expect(detokenize('or 20 % of the entire population .')).toBe('or 20% of the entire population.');
	});

	it('keeps ... and - as they are', () => {
		expect(detokenize('had fallen ... and tears')).toBe('had fallen ... and tears');
		expect(detokenize('alongside her - capturing momentary snippets - before')).toBe(
			'alongside her - capturing momentary snippets - before',
		);
		expect(detokenize('after 06-02-41 , the')).toBe('after 06-02-41, the');
	});

	it('attaches a free-standing apostrophe: a possessive or the close of a single-quoted title', () => {
		expect(detokenize("to wed boris ' cousin , mark")).toBe("to wed boris' cousin, mark");
		expect(detokenize("masterpiece , 'letyat zhuravli / the cranes are flying , ' one of the finest")).toBe(
			"masterpiece, 'letyat zhuravli / the cranes are flying,' one of the finest",
		);
		expect(detokenize("'the cranes are flying ' is both")).toBe("'the cranes are flying' is both");
		expect(detokenize("feature of 'the cranes are flying ' is sergei urusevsky 's inspired")).toBe(
			"feature of 'the cranes are flying' is sergei urusevsky's inspired",
		);
	});

	it("keeps straight apostrophes and words such as d'or unchanged", () => {
		expect(detokenize("the palm d'or , as well")).toBe("the palm d'or, as well");
	});

	it('copes with irregular spacing and empty input', () => {
		expect(detokenize("  stalin \t 's  death .  ")).toBe("stalin's death.");
		expect(detokenize('')).toBe('');
		expect(detokenize('   ')).toBe('');
	});
});
