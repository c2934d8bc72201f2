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

	it('in an index of many shards, compares only words of the same first two letters (or those swapped)', async () => {
		const { engine: sharded, read } = await corpusEngine(undefined, { maxShardBytes: 20 });
		expect(sharded.index.shardsStartingWith('m', 'es')).toBeGreaterThan(16);
		read.length = 0;
		const movie = await suggestWords('movie', sharded.index, sharded.people);
		expect(movie.byLanguage.find((entry) => entry.language === 'es')?.words).toContain('móvil');
		expect(movie.byLanguage.find((entry) => entry.language === 'en')?.words).toContain('mobile');
		const shards = read.filter((path) => /^[a-z]+\/\d+\.json$/.test(path));
		expect(shards.length).toBeLessThan(sharded.index.shardsStartingWith('m', 'es') + sharded.index.shardsStartingWith('m', 'en'));
		// The first two letters swapped.
		expect(sharded.index.shardsStartingWith('e', 'es')).toBeGreaterThan(16);
		const swapped = await suggestWords('eplícula', sharded.index, sharded.people);
		expect(swapped.byLanguage.find((entry) => entry.language === 'es')?.words).toContain('película');
	});
});
