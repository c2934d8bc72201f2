import { describe, expect, it } from 'vitest';
import { foldName, nameTokens } from '../../src/text/fold-name.ts';
import { renderSentences } from '../../src/render/render-sentences.ts';
import { findHiddenCharacter, INVISIBLE_CHARACTER, removeHiddenCharacters, visibleStandIn } from '../../src/text/invisible-characters.ts';
import { toReadingView } from '../../src/text/reading-view.ts';
import { createMentionMatcher } from '../../src/people/find-mentions.ts';

describe('visibleStandIn', () => {
	it.each([
		['\0', '␀', 'U+0000 NULL'],
		['\x1b', '␛', 'U+001B ESCAPE'],
		['\x7f', '␡', 'U+007F DELETE'],
		['\x85', 'NEL', 'U+0085 NEXT LINE'],
		['\x90', 'U+0090', 'U+0090 control character'],
		['\u202E', 'RLO', 'U+202E RIGHT-TO-LEFT OVERRIDE'],
		['\u2068', 'FSI', 'U+2068 FIRST STRONG ISOLATE'],
		['\u200B', 'ZWSP', 'U+200B ZERO WIDTH SPACE'],
		['\uFEFF', 'ZWNBSP', 'U+FEFF ZERO WIDTH NO-BREAK SPACE'],
		['\uFE0F', 'VS16', 'U+FE0F VARIATION SELECTOR-16'],
		['\u{E0100}', 'VS17', 'U+E0100 VARIATION SELECTOR-17'],
		['\u{E0041}', 'U+E0041', 'U+E0041 invisible format character'],
		['\uFFFF', 'U+FFFF', 'U+FFFF noncharacter'],
	])('shows %j as %s (%s)', (char, label, title) => {
		expect(visibleStandIn(char)).toEqual({ label, title });
		expect(char).toMatch(INVISIBLE_CHARACTER);
	});

	it('leaves visible characters and whitespace alone', () => {
		expect('a é 1 \t\n\r\u00A0\u3000 “ 👍 ␀'.match(INVISIBLE_CHARACTER)).toBeNull();
	});
});

describe('hidden characters', () => {
	it('are removed from reading, where marks, joiners and soft hyphens stay', () => {
		expect(removeHiddenCharacters('a\0b\u202Ec\u200Bd\uFEFFe\uFFFFf\x85g')).toBe('abcdefg');
		const kept = 'x\u200Ey\u200Dz\u00ADw\uFE0F';
		expect(removeHiddenCharacters(kept)).toBe(kept);
		expect(toReadingView(['the price is \u202E1 rof 001$ .', '\0'], { lang: 'en', format: 'tokenized' })).toEqual([
			'The price is 1 rof 001$.',
			'',
		]);
	});

	it('are found with their offset', () => {
		expect(findHiddenCharacter('Review \u202ER')).toEqual({ char: '\u202E', index: 7 });
		expect(findHiddenCharacter('Review R\u200D')).toBeNull();
	});
});

describe('names across invisible characters', () => {
	it('are one word, folded without them', () => {
		expect(foldName('sta\u200Blin jo\0seph soft\u00ADhyphen')).toBe('stalin joseph softhyphen');
		// Not at a word's edge: they are not part of the words around them.
		expect(nameTokens('\u200Bboris\u200B ')).toEqual([{ folded: 'boris', start: 1, end: 6 }]);
	});
});

describe('renderSentences with showInvisible', () => {
	it('shows each invisible character as a named stand-in, names linked on the real characters', () => {
		const matcher = createMentionMatcher([{ id: 'joseph-stalin', spellings: ['Stalin'] }]);
		const html = renderSentences([{ id: 's1', text: 'sta\u200Blin\0 \u202Eok' }], {
			lang: 'en',
			mentions: { matcher, href: (id) => `/people/${id}/` },
			showInvisible: true,
		});
		expect(html).toContain(
			'<span class="sentence-text"><a class="mention" href="/people/joseph-stalin/">sta<abbr class="invisible-char" title="U+200B ZERO WIDTH SPACE">ZWSP</abbr>lin</a>' +
				'<abbr class="invisible-char" title="U+0000 NULL">␀</abbr> <abbr class="invisible-char" title="U+202E RIGHT-TO-LEFT OVERRIDE">RLO</abbr>ok</span>',
		);
	});

	it('leaves text as it is without the option', () => {
		expect(renderSentences([{ id: 's1', text: 'a\u200Db' }], { lang: 'en' })).toContain('<span class="sentence-text">a\u200Db</span>');
	});
});
