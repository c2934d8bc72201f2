import { describe, expect, it } from 'vitest';
import { analyzeQuery, analyzerOf, indexContent, wordKey, wordSpans } from '../../../src/search/analyze.ts';

describe('search keys', () => {
	it('stems each language with its own stemmer and folds accents', () => {
		expect(['dreaming', 'dreams', 'Dream'].map((word) => wordKey(word, 'en'))).toEqual(['dream', 'dream', 'dream']);
		expect(['volar', 'volando', 'Grúas', 'gruas', 'Moscú', 'Moscu'].map((word) => wordKey(word, 'es'))).toEqual([
			'vol',
			'vol',
			'gru',
			'gru',
			'moscu',
			'moscu',
		]);
	});

	it('drops English possessives and apostrophes, so a name is one key however it is written', () => {
		expect(wordKey("Urusevsky's", 'en')).toBe(wordKey('Urusevsky', 'en'));
		expect(wordKey('Urusevsky’s', 'en')).toBe(wordKey('urusevsky', 'en'));
		expect(wordKey("hasn't", 'en')).toMatch(/^[a-z]+$/);
	});

	it('never gives an empty key, and leaves overlong words unstemmed', () => {
		expect(wordKey('\u0301', 'en')).toBe('\u0301');
		const long = 'a'.repeat(5000) + 'ing';
		expect(wordKey(long, 'en')).toBe(long);
	});

	it('indexes one key per word, in order, and nothing for punctuation', () => {
		const sentence = '`` you can dream , when the war is over . \'\'';
		expect(indexContent(sentence, 'en')).toBe('you can dream when the war is over');
		expect(indexContent(sentence, 'en').split(' ')).toHaveLength(wordSpans(sentence).length);
		expect(indexContent('-- … ¡!', 'es')).toBe('');
	});

	it('analyses a query per language, keeping quoted phrases as phrases', () => {
		expect(analyzeQuery('"las grúas están volando"', 'es')).toBe('"las gru estan vol"');
		expect(analyzeQuery('Dreaming of “the cranes” now', 'en')).toBe('dream of "the crane" now');
		expect(analyzeQuery('"unclosed phrase', 'en')).toBe('"unclos phrase"');
		expect(analyzeQuery(' "" ?! ', 'en')).toBe('');
	});

	it('knows the stemming language of a language tag, and refuses one it cannot stem', () => {
		expect(analyzerOf('es-MX')).toBe('es');
		expect(analyzerOf('EN')).toBe('en');
		expect(() => analyzerOf('fr')).toThrow(/No stemmer for language “fr”/);
	});
});
