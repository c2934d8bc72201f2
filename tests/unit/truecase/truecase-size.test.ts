import { describe, expect, it } from 'vitest';
import { manyTexts, MEGABYTE, sizeTexts, STALIN, writeCorpus } from '../../build/hostile-corpora.ts';
import { loadCorpus } from '../../../src/corpus/load-corpus.ts';
import { truecaseCorpus } from '../../../src/truecase/truecase-corpus.ts';

// The timeouts say "does not hang": each pass is linear in what it reads.
describe('truecaseCorpus on large inputs', () => {
	it('truecases a 1 MB sentence with two 1 MB versions, and 10,000 sentences, in bounded time', async () => {
		const corpus = await loadCorpus(writeCorpus('truecase-size', sizeTexts(), STALIN));
		const started = performance.now();
		const truecased = truecaseCorpus(corpus);
		console.info(`truecase-size: ${Math.round(performance.now() - started)} ms`);
		const big = truecased.texts.find((text) => text.data.id === 'big-en')!.data;
		expect(big.reading).toHaveLength(1);
		expect(big.reading[0]!.length).toBeGreaterThan(MEGABYTE / 2);
		expect(big.reading[0]!.toLowerCase()).toBe(corpus.texts.find((text) => text.data.id === 'big-en')!.data.reading[0]!.toLowerCase());
		expect(truecased.texts.find((text) => text.data.id === 'many-en')!.data.reading).toHaveLength(10_000);
	}, 60_000);

	it('truecases 5,000 texts in bounded time', async () => {
		const corpus = await loadCorpus(writeCorpus('truecase-many', manyTexts(5_000)));
		const started = performance.now();
		const truecased = truecaseCorpus(corpus);
		console.info(`truecase-many: ${Math.round(performance.now() - started)} ms`);
		expect(truecased.texts.find((text) => text.data.id === 't0')!.data.reading).toEqual([
			'Text 0 says the cranes are flying.',
			'It has a second sentence, really.',
		]);
	}, 60_000);
});
