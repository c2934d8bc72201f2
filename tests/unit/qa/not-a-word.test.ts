import { describe, expect, it } from 'vitest';
import { checkNotAWord } from '../../../src/qa/checks/not-a-word.ts';
import { classifyTargetWords } from '../../../src/qa/classify-words.ts';
import { link } from './link.ts';

const notAWord = (...args: Parameters<typeof link>) => {
	const context = link(...args);
	return checkNotAWord(context, classifyTargetWords(context)).map((finding) => finding.text);
};

describe('checkNotAWord', () => {
	it('flags a word no dictionary of the target’s language knows', () => {
		expect(notAWord(['perhaps'], ['Permasca más.'])).toEqual(['Permasca']);
		expect(notAWord(['she might throw herself'], ['si podría lándose frente a ese tren'])).toEqual(['lándose']);
		expect(notAWord(['the camera moves'], ['the camrea moves'], { from: 'en', to: 'en' })).toEqual(['camrea']);
	});

	it('leaves out names of the index, words of the source, numbers, names’ derivatives and other scripts', () => {
		expect(notAWord(['urusevsky and stalin'], ['Uresevsky y Stalin'])).toEqual([]);
		expect(notAWord(['the blitzkrieg of barbarossa'], ['la blitzkrieg de barbarossa'])).toEqual([]);
		expect(notAWord(['in 1957'], ['en 1957º, 20%, 06-02-41'])).toEqual([]);
		expect(notAWord(['the stalinist purges'], ['las purgas estalinistas'])).toEqual([]);
		expect(notAWord(['the cranes are flying'], ['Летят журавли, 映画'])).toEqual([]);
	});

	it('leaves English words to the untranslated check, and misspelt names to the names check', () => {
		expect(notAWord(['images of wartime'], ['imágenes de wartime'])).toEqual([]);
		expect(notAWord(['urusevsky'], ['Urusevksy'])).toEqual([]);
	});

	it('leaves out hyphenated words made of known words or a free prefix, and the language’s clitics', () => {
		expect(notAWord(['the war'], ['la guerra-madre, ultrapatrióticas, post-Stalin'])).toEqual([]);
		expect(notAWord(['the war'], ["the mother's house"], { from: 'en', to: 'en' })).toEqual([]);
	});

	it('leaves out unknown short acronyms', () => {
		expect(notAWord(['the war'], ['la guerra de la URSS'])).toEqual([]);
	});
});
