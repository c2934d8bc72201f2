import { describe, expect, it } from 'vitest';
import { checkUntranslated } from '../../../src/qa/checks/untranslated.ts';
import { classifyTargetWords } from '../../../src/qa/classify-words.ts';
import { link } from './link.ts';

const untranslated = (...args: Parameters<typeof link>) => {
	const context = link(...args);
	return checkUntranslated(context, classifyTargetWords(context)).map(({ text, sentences, message }) => ({ text, sentences, message }));
};

describe('checkUntranslated', () => {
	it('flags a word of the source’s language left in the target, verbatim or not', () => {
		expect(untranslated(['images of wartime'], ['imágenes de wartime'])).toEqual([
			{ text: 'wartime', sentences: ['s1'], message: '“wartime” is English, left as the original wrote it.' },
		]);
		expect(untranslated(['war images'], ['imágenes de wartime'])[0]?.message).toBe('“wartime” is English, not Spanish.');
	});

	it('flags the English possessive on a name, which is not Spanish', () => {
		expect(untranslated(["since eisenstein's ivan"], ["desde que Eisenstein's Ivan"]).map((f) => f.text)).toEqual(["Eisenstein's"]);
		expect(untranslated(['since eisenstein’s ivan'], ['desde que Eisenstein’s Ivan']).map((f) => f.text)).toEqual(['Eisenstein’s']);
	});

	it('flags a source word the target writes in capitals, even one the target’s language has', () => {
		expect(untranslated(['a mere nine films'], ['{A MERE nueve películas}']).map((f) => f.text)).toEqual(['MERE']);
		// …but not an acronym the source writes in capitals too.
		expect(untranslated(['the MERE project'], ['el proyecto MERE'])).toEqual([]);
	});

	it('flags the English pronoun, which a Spanish dictionary knows as a letter', () => {
		expect(untranslated(["i've seen"], ['I He visto']).map((f) => f.text)).toEqual(['I']);
	});

	it('joins neighbouring words into one finding', () => {
		expect(untranslated(['the soldiers left home'], ['los soldiers left home']).map((f) => f.text)).toEqual(['soldiers left home']);
	});

	it('never flags names, numbers, shared words, capitalised words kept from the source or other scripts', () => {
		expect(untranslated(['stalin and veronica'], ['Stalin y Veronica'])).toEqual([]);
		expect(untranslated(['in 1957 , 20 %'], ['en 1957, 20%'])).toEqual([]);
		expect(untranslated(['a shock and a thriller'], ['un shock y un thriller'])).toEqual([]);
		expect(untranslated(["the gulag and the blitzkrieg , the palm d'or"], ["el Gulag y la Blitzkrieg, la Palm d'Or"])).toEqual([]);
		expect(untranslated(['летят журавли'], ['Летят журавли'])).toEqual([]);
	});

	it('says nothing for a rewrite in the same language', () => {
		expect(untranslated(['images of wartime'], ['wartime images'], { from: 'en', to: 'en' })).toEqual([]);
	});

	it('keeps markup-looking words out: they are residue', () => {
		expect(untranslated(['the house'], ['la casa &nbsp; <i>'])).toEqual([]);
	});
});
