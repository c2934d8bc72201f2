import { describe, expect, it } from 'vitest';
import { checkNames } from '../../../src/qa/checks/names.ts';
import { classifyTargetWords } from '../../../src/qa/classify-words.ts';
import { link } from './link.ts';

const names = (...args: Parameters<typeof link>) => {
	const context = link(...args);
	return checkNames(context, classifyTargetWords(context)).map(({ side, text }) => `${side}:${text}`);
};

describe('checkNames', () => {
	it('flags a person of the index spelled otherwise than in the source', () => {
		expect(names(['as veronika disappears'], ['ya que Vernika desaparece'])).toEqual(['target:Vernika']);
	});

	it('flags a word that looks like a name of the source or of the index misspelt', () => {
		expect(names(['the film of kalatozov'], ['la película de Kalatosov'])).toEqual(['target:Kalatosov']);
		expect(names(['the film'], ['la película de Kalatosov'])).toEqual(['target:Kalatosov']);
		expect(names(['the camera'], ["the camera of Urusevskiy's"], { to: 'en' })).toEqual(["target:Urusevskiy's"]);
	});

	it('flags a person named on one side only', () => {
		expect(names(['stalin died'], ['murió'])).toEqual(['source:stalin']);
		expect(names(['he died'], ['Stalin murió'])).toEqual(['target:Stalin']);
	});

	it('never flags a name spelled the same, in other case or accents, in part, or possessive', () => {
		expect(names(['sergei uresevsky , veronica'], ['Sergei Uresevsky, Veronica'])).toEqual([]);
		expect(names(['sergei urusevsky shot it'], ['Urusevsky lo filmó'])).toEqual([]);
		expect(names(['urusevsky'], ['Sergei Urusevsky'])).toEqual([]);
		expect(names(["stalin 's death"], ['la muerte de Stalin'])).toEqual([]);
		expect(names(['post-stalin'], ['post-Stalin'])).toEqual([]);
		expect(names(['kalatozov'], ['Kalatózov'])).toEqual([]);
	});
});
