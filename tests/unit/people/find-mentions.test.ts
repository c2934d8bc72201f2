import { describe, expect, it } from 'vitest';
import { createMentionMatcher, findMentions } from '../../../src/people/find-mentions.ts';

const matcher = createMentionMatcher([
	{ id: 'stalin', spellings: ['Joseph Stalin', 'Stalin'] },
	{ id: 'urusevsky', spellings: ['Sergei Urusevsky', 'Urusevsky', 'Sergei Uresevsky', 'Uresevsky'] },
	{ id: 'samoilova', spellings: ['Tatyana Samoilova', 'Samoilova', 'Samojlova'] },
	{ id: 'boris', spellings: ['Boris'] },
	{ id: 'batalov', spellings: ['Aleksey Batalov', 'Batalov'] },
	{ id: 'mark', spellings: ['Mark'] },
	{ id: 'moscow', spellings: ['Moscú'] },
]);

/** The mentions of `text` as [person, the exact characters]. */
const found = (text: string) => findMentions(text, matcher).map(({ personId, start, end }) => [personId, text.slice(start, end)]);

describe('findMentions', () => {
	it.each([
		["once stalin 's head of film production", [['stalin', 'stalin']]],
		["after Stalin's death", [['stalin', 'Stalin']]],
		['after Stalin’s death', [['stalin', 'Stalin']]],
		["Boris's death", [['boris', 'Boris']]],
		[
			"boris ' cousin , mark",
			[
				['boris', 'boris'],
				['mark', 'mark'],
			],
		],
		['the first post-stalin soviet masterpiece', [['stalin', 'stalin']]],
		['la primera obra maestra soviética post-Stalin,', [['stalin', 'Stalin']]],
		['the stalinist purges, las purgas estalinistas', []],
		['a landmark, remarkable, marked', []],
		["sergei urusevsky 's inspired", [['urusevsky', 'sergei urusevsky']]],
		['cinematographer Sergei Uresevsky, using', [['urusevsky', 'Sergei Uresevsky']]],
		['urusevsky first acquired', [['urusevsky', 'urusevsky']]],
		['best actress (Tatyana Samoilova).', [['samoilova', 'Tatyana Samoilova']]],
		['TATYANA SAMOILOVA', [['samoilova', 'TATYANA SAMOILOVA']]],
		[
			'boris ( aleksey batalov )',
			[
				['boris', 'boris'],
				['batalov', 'aleksey batalov'],
			],
		],
		['the death of joseph stalin in 1953', [['stalin', 'joseph stalin']]],
		[
			'de Moscú y de moscu',
			[
				['moscow', 'Moscú'],
				['moscow', 'moscu'],
			],
		],
		['sergei alone is nobody', []],
		['', []],
	] as [string, string[][]][])('in %j', (text, expected) => {
		expect(found(text)).toEqual(expected);
	});

	it('does not join the words of a name across a comma or a bracket', () => {
		expect(found('sergei, urusevsky')).toEqual([['urusevsky', 'urusevsky']]);
		expect(found('joseph (stalin)')).toEqual([['stalin', 'stalin']]);
	});

	it('gives offsets into the original string even when folding changes its length', () => {
		const text = 'Ｍoscu\u0301 ﬁlm: Stalin, Samojlova et Tatyana\u00a0Samoilova';
		const mentions = findMentions(text, matcher);
		expect(mentions.map(({ start, end }) => text.slice(start, end))).toEqual([
			'Ｍoscu\u0301',
			'Stalin',
			'Samojlova',
			'Tatyana\u00a0Samoilova',
		]);
		expect(mentions.map((mention) => mention.spelling)).toEqual(['Moscú', 'Stalin', 'Samojlova', 'Tatyana Samoilova']);
	});

	it('returns mentions in order and never overlapping', () => {
		const mentions = findMentions('Sergei Urusevsky Urusevsky Sergei Uresevsky Stalin', matcher);
		expect(mentions.map((mention) => mention.spelling)).toEqual(['Sergei Urusevsky', 'Urusevsky', 'Sergei Uresevsky', 'Stalin']);
		mentions.slice(1).forEach((mention, i) => expect(mention.start).toBeGreaterThanOrEqual(mentions[i]!.end));
	});

	it('refuses a spelling that names two people', () => {
		expect(() =>
			createMentionMatcher([
				{ id: 'a', spellings: ['Sergei'] },
				{ id: 'b', spellings: ['SERGÉI'] },
			]),
		).toThrow(/names both "a" and "b"/);
	});

	it('stays linear on long texts', () => {
		const text = 'and then stalin and boris met sergei urusevsky , '.repeat(20_000);
		const started = performance.now();
		expect(findMentions(text, matcher)).toHaveLength(60_000);
		expect(performance.now() - started).toBeLessThan(2_000);
	});
});
