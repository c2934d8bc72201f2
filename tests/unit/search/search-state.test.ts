import { describe, expect, it } from 'vitest';
import { readSearchState, searchParams } from '../../../src/search/search-state.ts';

describe('search state in the URL', () => {
	it('round-trips a query and its filters', () => {
		const state = { query: '"las grúas" Urusevsky', selection: { language: ['Spanish', 'English'], kind: [], review: ['Review B'] } };
		const params = searchParams(state);
		expect(params.toString()).toBe('q=%22las+gr%C3%BAas%22+Urusevsky&language=Spanish&language=English&review=Review+B');
		expect(readSearchState(new URLSearchParams(params.toString()), ['language', 'kind', 'review'])).toEqual(state);
	});

	it('reads a URL without a query as an empty search', () => {
		expect(readSearchState(new URLSearchParams(''), ['language'])).toEqual({ query: '', selection: { language: [] } });
	});
});
