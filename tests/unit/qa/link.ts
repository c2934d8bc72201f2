/**
 * Test helpers for the checks: a lexicon over a word list (Hunspell's casing rules: a
 * lower-case entry is also known capitalised or in capitals), and a link context built
 * from plain sentences.
 */
import { createMentionMatcher } from '../../../src/people/find-mentions.ts';
import { createLexicon, type Lexicon } from '../../../src/qa/lexicon.ts';
import { linkSide, type LinkContext, type PairTools } from '../../../src/qa/link-context.ts';

export function wordList(lang: string, words: string): Lexicon {
	const known = new Set(words.split(/\s+/).filter(Boolean));
	return createLexicon(lang, (word) => {
		if (known.has(word)) return true;
		const lower = word.toLowerCase();
		const capitalised = word === lower[0]!.toUpperCase() + lower.slice(1) || word === word.toUpperCase();
		return capitalised && known.has(lower);
	});
}

export const ENGLISH = wordList(
	'en',
	`a the of in and to was is it he she his her film war with for on at by that this were has had but not from as
	an are be they one two three four nine years old camera mother home left house red army soldier soldiers world
	wartime mere i have seen freight birch shock thriller garden night day train town sky long shot remarkable feature
	perhaps most celebrating crowds crowd`,
);

export const SPANISH = wordList(
	'es',
	`a el la los las de del en y que un una es fue con por su sus se al lo no más casi película guerra madre casa
	ejército rojo soldado soldados mundo años viejo cámara tren noche día ciudad cielo segunda mundial nueve dos
	tres cuatro mil amor sobre quien ella él hizo he visto hoy mere fiesta gris blanco patrióticas mundo largo si
	podría frente ese purgas imágenes películas oficiales ganó hombres millas después proyecto días primera vez mejores
	soldado lejos mil`,
);

export const PEOPLE = [
	{ id: 'sergei-urusevsky', spellings: ['Sergei Urusevsky', 'Urusevsky', 'Sergei Uresevsky', 'Uresevsky'] },
	{ id: 'veronika', spellings: ['Veronika', 'Veronica', 'Vernika'] },
	{ id: 'joseph-stalin', spellings: ['Joseph Stalin', 'Stalin'] },
	{ id: 'mikhail-kalatozov', spellings: ['Mikhail Kalatozov', 'Kalatozov'] },
	{ id: 'boris', spellings: ['Boris'] },
];

/** A link of `source` sentences to `target` sentences (each a reading view; `exact` defaults to it). */
export function link(
	source: readonly (string | { text: string; exact: string })[],
	target: readonly (string | { text: string; exact: string })[],
	options: { from?: string; to?: string; tools?: Partial<PairTools>; lengthRatio?: number } = {},
): LinkContext {
	const from = options.from ?? 'en';
	const to = options.to ?? 'es';
	const tools: PairTools = {
		lexicons: new Map([
			['en', ENGLISH],
			['es', SPANISH],
		]),
		matcher: createMentionMatcher(PEOPLE),
		...options.tools,
	};
	const side = (lang: string, sentences: typeof source) => {
		const list = sentences.map((s, i) => ({ id: `s${i + 1}`, ...(typeof s === 'string' ? { text: s, exact: s } : s) }));
		return linkSide(
			{ id: lang, lang, sentences: list },
			list.map((s) => s.id),
			new Map(list.map((s) => [s.id, s])),
			tools,
		);
	};
	return {
		index: 0,
		source: side(from, source),
		target: side(to, target),
		sameLanguage: from === to,
		tools,
		lengthRatio: options.lengthRatio ?? 1.1,
		labels: { source: 'the original', target: 'the translation' },
	};
}
