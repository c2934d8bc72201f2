import { beforeAll, describe, expect, it } from 'vitest';
import { surfaceOf, wordsOf } from '../../../src/search/analyze.ts';
import type { SearchEngine } from '../../../src/search/search-engine.ts';
import { corpusEngine, hitSentences } from './corpus-engine.ts';

let engine: SearchEngine;
beforeAll(async () => {
	({ engine } = await corpusEngine());
});

/** The words a search marks in each hit, lower-cased: exactly the words that matched. */
async function markedWords(query: string, typing = false): Promise<string[]> {
	const { hits } = await engine.search(query, { typing });
	const marked = new Set<string>();
	for (const hit of hits) {
		const { text, sentence } = engine.index.place(hit.record);
		const review = await engine.index.reviewOf(hit.record);
		const reading = review.texts.find((entry) => entry.text === text)!.reading[sentence]!;
		const words = wordsOf(reading);
		for (const position of hit.positions) marked.add(surfaceOf(words[position]!));
	}
	return [...marked].sort();
}

describe('precision: every word must be found, as itself or its forms, in its own language', () => {
	it('names a word no text holds instead of dropping it, and finds nothing', async () => {
		for (const query of ['Einstein', 'Cuando pasan las cigüeñas', 'movie', 'zzyzx']) {
			const outcome = await engine.search(query);
			expect(outcome.hits, query).toEqual([]);
			expect(outcome.missing.length, query).toBeGreaterThan(0);
		}
		expect((await engine.search('Einstein')).missing).toEqual(['Einstein']);
		expect((await engine.search('Cuando pasan las cigüeñas')).missing).toEqual(['cigüeñas']);
		expect((await engine.search('Kalatozov Einstein')).missing).toEqual(['Einstein']);
	});

	it('marks only the words that matched: no one-letter prefix, no word of the other language', async () => {
		expect(await markedWords('soñar')).toEqual(['soñar']);
		expect(await markedWords("hasn't")).toEqual(["hasn't"]);
		expect(await markedWords('dreaming')).toEqual(['dream', 'dreams']);
		expect(await markedWords('volar')).toEqual(['volando']);
		expect(await markedWords('Moscu')).toEqual(['moscú']);
		expect(await markedWords('gruas')).toEqual(['grúas']);
	});

	it('keeps a word of one language to that language, except where the other has the same word', async () => {
		// "cranes" is English: Spanish words that stem alike are not matched.
		expect((await hitSentences(engine, 'cranes')).every((hit) => !hit.startsWith('a-es') && !hit.startsWith('b-es'))).toBe(true);
		// A number is the same word in both.
		const years = await hitSentences(engine, '1956');
		expect(years).toEqual(expect.arrayContaining(['a-en s1', 'a-es s1']));
	});

	it('matches the word being typed by its beginning, from three letters only', async () => {
		expect(await hitSentences(engine, 'cra', true)).not.toEqual([]);
		expect(await markedWords('cra', true)).toEqual(expect.arrayContaining(['crane', 'cranes']));
		expect((await engine.search('cr', { typing: true })).missing).toEqual(['cr']);
		// Not when the reader has asked for the search: then it is a word of its own.
		expect((await engine.search('cra')).missing).toEqual(['cra']);
	});

	it('finds a quoted phrase only as a phrase', async () => {
		expect(await hitSentences(engine, '"you can dream when the war is over"')).toEqual(['a-en s10', 'a-en-rewrite s11']);
		expect(await hitSentences(engine, '"las lágrimas abrieron las puertas"')).toEqual(['a-es s15']);
		expect(await hitSentences(engine, '"war you can"')).toEqual([]);
	});
});

describe('names under any spelling', () => {
	const urusevsky = ['a-en s7', 'a-en-rewrite s8', 'a-es s10', 'b-en s12', 'b-en s15', 'b-es s13', 'b-es s16'];

	it('finds every mention of a person from any spelling, misspelling, Cyrillic or beginning', async () => {
		for (const query of ['Urusevsky', 'Uresevsky', 'Urusevskiy', 'Урусевский', 'Sergei Urusevsky']) {
			expect(await hitSentences(engine, query), query).toEqual(urusevsky);
		}
		expect(await hitSentences(engine, 'urus', true)).toEqual(urusevsky);
	});

	it('shows who the query names, and how', async () => {
		const close = await engine.search('Kalatosov');
		expect(close.persons.map(({ person, how }) => [person.id, how])).toEqual([['mikhail-kalatozov', 'close']]);
		expect((await engine.search('Stalin')).persons[0]!.person.url).toBe('/people/joseph-stalin/');
		expect((await engine.search('urus', { typing: true })).persons.map(({ how }) => how)).toEqual(['beginning']);
		expect((await engine.search('Калатозов')).searched).toBe('Kalatozov');
	});

	it('never takes a different name for a misspelling', async () => {
		const outcome = await engine.search('Einstein');
		expect(outcome.persons).toEqual([]);
	});
});
