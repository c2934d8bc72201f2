import { describe, expect, it } from 'vitest';
import { canonicalCase, recaseMentions } from '../../../src/people/canonical-case.ts';
import { createMentionMatcher, findMentions } from '../../../src/people/find-mentions.ts';

describe('canonicalCase', () => {
	it.each([
		['veronica', 'Veronica', 'Veronica'],
		['stalin', 'Stalin', 'Stalin'],
		['STALIN', 'Stalin', 'Stalin'],
		['sergei uresevsky', 'Sergei Uresevsky', 'Sergei Uresevsky'],
		['sergei  uresevsky', 'Sergei Uresevsky', 'Sergei  Uresevsky'], // the gap stays as written
		['jean-luc godard', 'Jean-Luc Godard', 'Jean-Luc Godard'],
		['kalatozov', 'Kalatózov', 'Kalatozov'], // the accent is not added: only case changes
		['kalato\u0301zov', 'Kalatozov', 'Kalato\u0301zov'], // nor removed
		['mcdonald', 'McDonald', 'McDonald'],
		['strasse', 'Straße', 'Strasse'], // letters do not pair: only the first takes the case
	])('%j after %j is %j', (matched, spelling, expected) => {
		expect(canonicalCase(matched, spelling)).toBe(expected);
	});

	it('never changes letters: a match is recased after the spelling it matched', () => {
		expect(canonicalCase('veronica', 'Veronika')).toBe('veronica');
		expect(canonicalCase('boris', 'Boris Batalov')).toBe('boris');
	});

	it('keeps the UTF-16 length', () => {
		for (const [matched, spelling] of [
			['istanbul', 'İstanbul'],
			['ǆuro', 'ǅuro'],
			['strasse', 'STRASSE'],
		] as const) {
			expect(canonicalCase(matched, spelling)).toHaveLength(matched.length);
		}
	});
});

describe('recaseMentions', () => {
	it('recases every name of a reading-view sentence and nothing else', () => {
		const matcher = createMentionMatcher([
			{ id: 'veronika', spellings: ['Veronika', 'Veronica'] },
			{ id: 'boris', spellings: ['Boris'] },
			{ id: 'stalin', spellings: ['Stalin'] },
		]);
		const text = "Veronica learns boris died, after stalin's death; veronica.";
		const mentions = findMentions(text, matcher);
		expect(recaseMentions(text, mentions)).toBe("Veronica learns Boris died, after Stalin's death; Veronica.");
		expect(mentions.map((mention) => mention.spelling)).toEqual(['Veronica', 'Boris', 'Stalin', 'Veronica']);
	});
});
