import { describe, expect, it } from 'vitest';
import { foldName, foldToken, isWellFormedSpelling, nameTokens } from '../../../src/text/fold-name.ts';

describe('foldName', () => {
	it.each([
		['Moscú', 'moscu'],
		['KALATÓZOV', 'kalatozov'],
		['Mijaíl Kalatózov', 'mijail kalatozov'],
		['Serguéi  Urusevski', 'serguei urusevski'],
		['Mosc\u0075\u0301', 'moscu'], // decomposed input folds like composed
		['Straße', 'strasse'],
		['Łódź', 'lodz'],
		['ﬁlm', 'film'], // compatibility ligature
		["stalin 's", 'stalin s'],
		['Stalin’s', 'stalin s'],
		['Borisʼs', 'boris s'], // U+02BC is an apostrophe, not a letter of the name
		['post-stalin', 'post stalin'],
		['  ', ''],
	])('folds %j to %j', (input, folded) => {
		expect(foldName(input)).toBe(folded);
	});

	it('keeps spellings that are different letters apart', () => {
		expect(foldToken('Samojlova')).not.toBe(foldToken('Samoilova'));
		expect(foldToken('Veronica')).not.toBe(foldToken('Veronika'));
	});

	it('keeps words whole: a name inside a longer word is not a word of its own', () => {
		expect(nameTokens('stalinist landmark estalinistas').map((token) => token.folded)).toEqual(['stalinist', 'landmark', 'estalinistas']);
	});

	it('maps each folded word back to its characters in the original string', () => {
		const text = 'Straße de Moscu\u0301, ¡Kalatózov!';
		for (const token of nameTokens(text)) expect(foldToken(text.slice(token.start, token.end))).toBe(token.folded);
		expect(nameTokens(text).map((token) => text.slice(token.start, token.end))).toEqual(['Straße', 'de', 'Moscu\u0301', 'Kalatózov']);
	});
});

describe('isWellFormedSpelling', () => {
	it.each(['Stalin', 'Sergei Urusevsky', 'Jean-Luc Godard', "O'Brien", 'J. Stalin', 'Serguéi'])('accepts %j', (spelling) => {
		expect(isWellFormedSpelling(spelling)).toBe(true);
	});
	it.each(['', ' ', 'Stalin, Joseph', "'Stalin'", 'Boris (Batalov)', 'Stalin.'])('rejects %j', (spelling) => {
		expect(isWellFormedSpelling(spelling)).toBe(false);
	});
});
