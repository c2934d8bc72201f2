import { describe, expect, it } from 'vitest';
import { createLexicon } from '../../../src/qa/lexicon.ts';
import { loadLexicons } from '../../../src/qa/load-lexicons.ts';
import { wordList } from './link.ts';

describe('createLexicon', () => {
	const spanish = wordList('es', 'patrióticas director guerra inevitable');

	it('judges one-letter words by the language’s own list, not the dictionary’s letters', () => {
		const letters = createLexicon('es', () => true);
		expect(['a', 'y', 'o', 'I', 'x'].map((w) => letters.knows(w))).toEqual([true, true, true, false, false]);
		expect(createLexicon('en', () => true).knows('I')).toBe(true);
	});

	it('knows a word made with a free prefix, whole or hyphenated, and hyphenated compounds of known words', () => {
		expect(spanish.knows('ultrapatrióticas')).toBe(true);
		expect(spanish.knows('ex-director')).toBe(true);
		expect(spanish.knows('guerra-director')).toBe(true);
		expect(spanish.knows('xyzpatrióticas')).toBe(false);
		// A prefix needs a word of four letters or more after it.
		expect(wordList('es', 'al').knows('reAl')).toBe(false);
	});

	it('knows loanwords, regular derivations and place names the dictionary lacks', () => {
		expect(spanish.knows('shock')).toBe(true);
		expect(spanish.knows('inevitabilidad')).toBe(true);
		expect(spanish.knows('Varsovia')).toBe(true);
		expect(spanish.knows('desinteresidad')).toBe(false);
	});

	it('strips the language’s own clitics, and only those', () => {
		const english = wordList('en', 'boy');
		expect(english.knows("boy's")).toBe(true);
		expect(english.knows('boy’s')).toBe(true);
		expect(wordList('es', 'boy').knows("boy's")).toBe(false);
	});

	it('tells common words from proper nouns', () => {
		const english = createLexicon('en', (word) => word === 'Moscow' || word === 'wartime');
		expect(english.knows('Moscow')).toBe(true);
		expect(english.knowsCommon('Moscow')).toBe(false);
		expect(english.knowsCommon('Wartime')).toBe(true);
		expect(english.knowsCommon('wartime')).toBe(true);
	});

	it('asks the dictionary once per distinct word', () => {
		let asked = 0;
		const counted = createLexicon('en', () => (asked++, false));
		for (let i = 0; i < 5; i++) counted.knows('zzzz');
		expect(asked).toBe(1);
	});
});

describe('loadLexicons (Hunspell, dictionary-en and dictionary-es)', () => {
	it('loads the dictionaries of the languages asked for, and no others', async () => {
		const lexicons = await loadLexicons(['en-GB', 'es', 'fr']);
		expect([...lexicons.keys()]).toEqual(['en', 'es']);
		const [en, es] = [lexicons.get('en')!, lexicons.get('es')!];
		expect([es.knows('grúas'), es.knows('Soldados'), es.knows('lándose'), es.knows('wartime')]).toEqual([true, true, false, false]);
		expect([en.knows('wartime'), en.knowsCommon('wartime'), en.knows('camrea')]).toEqual([true, true, false]);
	});
});
