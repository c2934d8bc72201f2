import { describe, expect, it } from 'vitest';
import { isAllCaps, isLatinScript, isTitleCase, wordsOf } from '../../../src/qa/words.ts';

describe('wordsOf', () => {
	it('keeps apostrophes and hyphens inside a word, with offsets', () => {
		const text = "Eisenstein's post-Stalin 3-year-old d'Or rock’n’roll.";
		const words = wordsOf(text);
		expect(words.map((w) => w.text)).toEqual(["Eisenstein's", 'post-Stalin', '3-year-old', "d'Or", 'rock’n’roll']);
		for (const word of words) expect(text.slice(word.start, word.end)).toBe(word.text);
	});

	it('says which words open a sentence or a quotation', () => {
		const words = wordsOf('Dijo: “La cámara”. Luego, en Moscú, ¿Quién? (Nadie) sabe');
		expect(Object.fromEntries(words.map((w) => [w.text, w.initial]))).toEqual({
			Dijo: true,
			La: true,
			cámara: false,
			Luego: true,
			en: false,
			Moscú: false,
			Quién: false,
			Nadie: true,
			sabe: false,
		});
	});

	it('does constant work per word on a huge gap', () => {
		const words = wordsOf(`a${' '.repeat(1 << 20)}, b`);
		expect(words.map((w) => w.text)).toEqual(['a', 'b']);
	});
});

describe('word shapes', () => {
	it('tells title case, capitals and scripts apart', () => {
		expect([isTitleCase('Moscú'), isTitleCase('MERE'), isTitleCase('mere'), isTitleCase("Eisenstein's")]).toEqual([
			true,
			false,
			false,
			true,
		]);
		expect([isAllCaps('MERE'), isAllCaps('I'), isAllCaps('Moscú')]).toEqual([true, false, false]);
		expect([isLatinScript('grúas'), isLatinScript('журавли'), isLatinScript('post-Stalin'), isLatinScript('映画')]).toEqual([
			true,
			false,
			true,
			false,
		]);
	});
});
