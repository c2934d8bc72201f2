import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '../../../src/corpus/languages.ts';
import { analyzeQuery, analyzerOf, indexContent, wordKey, wordSpans } from '../../../src/search/analyze.ts';

describe('search keys', () => {
	it('stems each language with its own stemmer and folds accents, behind the language code', () => {
		expect(['dreaming', 'dreams', 'Dream'].map((word) => wordKey(word, 'en'))).toEqual(['endream', 'endream', 'endream']);
		expect(['volar', 'volando', 'Grúas', 'gruas', 'Moscú', 'Moscu'].map((word) => wordKey(word, 'es'))).toEqual([
			'esvol',
			'esvol',
			'esgru',
			'esgru',
			'esmoscu',
			'esmoscu',
		]);
	});

	it('never gives two languages the same key, so a query in one finds only that language', () => {
		expect(wordKey('film', 'en')).not.toBe(wordKey('film', 'es'));
		// Disjoint because every code has the same length: a key's language is its first two letters.
		for (const code of Object.keys(SUPPORTED_LANGUAGES)) expect(code).toMatch(/^[a-z]{2}$/);
	});

	it('drops English possessives and apostrophes, so a name is one key however it is written', () => {
		expect(wordKey("Urusevsky's", 'en')).toBe(wordKey('Urusevsky', 'en'));
		expect(wordKey('Urusevsky’s', 'en')).toBe(wordKey('urusevsky', 'en'));
		expect(wordKey("hasn't", 'en')).toMatch(/^en[a-z]+$/);
	});

	it('never gives an empty stem, and leaves overlong words unstemmed', () => {
		expect(wordKey('\u0301', 'en')).toBe('en\u0301');
		const long = 'a'.repeat(5000) + 'ing';
		expect(wordKey(long, 'en')).toBe(`en${long}`);
	});

	it('indexes one key per word, in order, and nothing for punctuation', () => {
		const sentence = "`` you can dream , when the war is over . ''";
		expect(indexContent(sentence, 'en')).toBe('enyou encan endream enwhen enthe enwar enis enover');
		expect(indexContent(sentence, 'en').split(' ')).toHaveLength(wordSpans(sentence).length);
		expect(indexContent('-- … ¡!', 'es')).toBe('');
	});

	it('analyses a query per language, keeping quoted phrases as phrases', () => {
		expect(analyzeQuery('"las grúas están volando"', 'es')).toBe('"eslas esgru esestan esvol"');
		expect(analyzeQuery('Dreaming of “the cranes” now', 'en')).toBe('endream enof "enthe encrane" ennow');
		expect(analyzeQuery('"unclosed phrase', 'en')).toBe('"enunclos enphrase"');
		expect(analyzeQuery(' "" ?! ', 'en')).toBe('');
	});

	it('knows the stemming language of a language tag, and refuses one it cannot stem', () => {
		expect(analyzerOf('es-MX')).toBe('es');
		expect(analyzerOf('EN')).toBe('en');
		expect(() => analyzerOf('fr')).toThrow(/No stemmer for language “fr”/);
	});
});
