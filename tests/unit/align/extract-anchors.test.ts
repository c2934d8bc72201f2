import { describe, expect, it } from 'vitest';
import { cognateKey } from '../../../src/align/cognate-key.ts';
import { extractAnchors, type AnchorKind } from '../../../src/align/extract-anchors.ts';
import { stopWordsFor } from '../../../src/align/stop-words.ts';
import { createMentionMatcher } from '../../../src/people/find-mentions.ts';

const matcher = createMentionMatcher([
	{ id: 'nikita-khrushchev', spellings: ['Nikita Khrushchev', 'Krushchev', 'Jrushchov'] },
	{ id: 'sergei-urusevsky', spellings: ['Sergei Urusevsky', 'Sergei Uresevsky', 'Uresevsky', 'Urusevsky'] },
	{ id: 'joseph-stalin', spellings: ['Joseph Stalin', 'Stalin'] },
]);
const en = stopWordsFor('en');
const es = stopWordsFor('es');

/** The keys of one kind of anchor in `text`, in order. */
function keys(text: string, kind: AnchorKind, stopWords = en): string[] {
	return extractAnchors(text, stopWords, matcher)
		.filter((anchor) => anchor.kind === kind)
		.map((anchor) => anchor.key);
}

describe('extractAnchors: numbers and dates', () => {
	it.each([
		['1956 was the 20th congress', ['1956', '20']],
		['el 20º Congreso', ['20']],
		['a film set after 06-02-41, the german invasion', ['06-02-41']],
		['or 20% of the entire population', ['20']],
		['15 to 20 million; 15 A 20 millones', ['15', '20', '15', '20']],
		['the great patriotic war, 1941-1945', ['1941-1945']],
		['a 3-year-old boy', ['3']],
		['1,000 films and 1.000 películas', ['1000', '1000']],
		['no numbers here', []],
	])('%j', (text, expected) => {
		expect(keys(text, 'number')).toEqual(expected);
	});
});

describe('extractAnchors: names', () => {
	it('finds a person under any spelling, as one anchor per mention', () => {
		expect(keys('the soviet premier krushchev made a speech', 'name')).toEqual(['nikita-khrushchev']);
		expect(keys('el Premio Soviético Jrushchov hizo un discurso', 'name', es)).toEqual(['nikita-khrushchev']);
		expect(keys("once stalin 's head, Stalin's death", 'name')).toEqual(['joseph-stalin', 'joseph-stalin']);
	});

	it('does not count the words of a name again as words', () => {
		const words = keys('cinematographer sergei uresevsky, using', 'word');
		expect(words).toEqual(['cine', 'usin']);
	});

	it('without a matcher, names are words like any other', () => {
		const anchors = extractAnchors('cinematographer Uresevsky', en);
		expect(anchors).toEqual([
			{ kind: 'word', key: 'cine' },
			{ kind: 'word', key: 'ures' },
		]);
	});
});

describe('extractAnchors: marks', () => {
	it.each([
		['best actress (tatyana samoilova)', ['(']],
		['{a mere nine feature-films were released}', ['{']],
		['the famous line, “you can dream when the war is over.”', ['“']],
		['la famosa línea: "Puedes soñar cuando la guerra ha terminado".', ['“']],
		['«comillas»', ['“']],
		['or 20% of the population? yes!', ['%', '?', '!']],
		["'letyat zhuravli / the cranes are flying'", ['/']],
	])('%j', (text, expected) => {
		expect(keys(text, 'mark')).toEqual(expected);
	});
});

describe('cognateKey', () => {
	const same = (a: string, b: string) => expect(cognateKey(a, en), `${a} / ${b}`).toBe(cognateKey(b, es));

	it('gives cognates the same key', () => {
		same('soviet', 'sovietico');
		same('psychological', 'psicologico');
		same('spectacular', 'espectacular');
		same('kaleidoscope', 'caleidoscopio');
		same('nation', 'nacion');
		same('theater', 'teatro');
		same('communist', 'comunista');
		same('line', 'linea');
		same('blitzkrieg', 'blitzkrieg');
		// Four letters, not five: `moscow`/`moscú`, `cinema`/`cine` match too.
		same('moscow', 'moscu');
		same('cinema', 'cine');
	});

	it('keeps words apart that do not look alike', () => {
		expect(cognateKey('crane', en)).not.toBe(cognateKey('grua', es));
		expect(cognateKey('film', en)).not.toBe(cognateKey('pelicula', es));
	});

	it('skips short words, stop words and words with digits', () => {
		expect(cognateKey('war', en)).toBeUndefined();
		expect(cognateKey('which', en)).toBeUndefined();
		expect(cognateKey('porque', es)).toBeUndefined();
		expect(cognateKey('20th', en)).toBeUndefined();
		// A stop word of one language is a word in another.
		expect(cognateKey('which', es)).toBeDefined();
	});

	it('has no stop words for a language without a list', () => {
		expect(stopWordsFor('de').size).toBe(0);
		expect(stopWordsFor('en-GB')).toBe(en);
	});
});
