import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchEngine } from '../../../src/search/search-engine.ts';
import { suggestWords } from '../../../src/search/suggest-words.ts';
import { corpusEngine } from './corpus-engine.ts';

let engine: SearchEngine;
beforeAll(async () => {
	({ engine } = await corpusEngine());
});

describe('suggestWords', () => {
	it('offers the nearest words of each language’s texts, and the nearest names', async () => {
		const movie = await suggestWords('movie', engine.index, engine.people);
		expect(movie.byLanguage.find((entry) => entry.language === 'es')?.words).toContain('móvil');
		expect(movie.byLanguage.find((entry) => entry.language === 'en')?.words).toContain('mobile');
		const einstein = await suggestWords('Einstein', engine.index, engine.people);
		expect(einstein.names).toContain('Eisenstein');
	});

	it('offers nothing far from what was typed', async () => {
		const far = await suggestWords('zzyzx', engine.index, engine.people);
		expect(far.byLanguage).toEqual([]);
		expect(far.names).toEqual([]);
	});
});
