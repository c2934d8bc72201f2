import { describe, expect, it } from 'vitest';
import { parseQuery, quoteQuery } from '../../../src/search/parse-query.ts';

describe('parseQuery', () => {
	it('keeps the words of a pasted sentence and drops its punctuation and capitals', () => {
		const parsed = parseQuery('“You can dream, when the war is over!”— said Veronika.');
		expect(parsed.words.map((word) => word.surface)).toEqual([
			'you',
			'can',
			'dream',
			'when',
			'the',
			'war',
			'is',
			'over',
			'said',
			'veronika',
		]);
	});

	it('groups quoted words into phrases, straight or curly, closed or not', () => {
		const parsed = parseQuery('Boris "las grúas" “the cranes” "unclosed phrase');
		expect(parsed.phrases).toEqual([
			[1, 2],
			[3, 4],
			[5, 6],
		]);
		expect(parsed.words[0]!.phrase).toBeNull();
		expect(parseQuery('"" ?!').words).toEqual([]);
	});

	it('marks the last word as being typed only while typing, outside quotes, with nothing after it, from three letters', () => {
		expect(parseQuery('the urus', { typing: true }).typing).toBe(1);
		expect(parseQuery('the urus').typing).toBeNull();
		expect(parseQuery('the urus ', { typing: true }).typing).toBeNull();
		expect(parseQuery('the ur', { typing: true }).typing).toBeNull();
		expect(parseQuery('"the urus', { typing: true }).typing).toBeNull();
		expect(parseQuery('grú', { typing: true }).typing).toBe(0);
	});
});

describe('quoteQuery', () => {
	it('quotes a query once, curling its own quotes instead of adding more', () => {
		expect(quoteQuery('Urusevsky')).toBe('“Urusevsky”');
		expect(quoteQuery('"las grúas"')).toBe('“las grúas”');
		expect(quoteQuery('"the cranes" flying')).toBe('“the cranes” flying');
		expect(quoteQuery('“las grúas”')).toBe('“las grúas”');
	});
});
