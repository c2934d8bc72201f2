import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CorpusError } from '../../src/corpus/corpus-error.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { buildCorpus, projectRoot } from './build-corpus.ts';
import { manyTexts, writeCorpus } from './hostile-corpora.ts';

const inPairs = writeCorpus('5000-texts', manyTexts(5_000));

// A manifest of 5,000 texts: read, checked and segmented in seconds, even where a process
// may open few files at once; built whole; and refused, at once and clearly, when all of
// them are versions of one review (12,497,500 pairs to align).
describe('a manifest with 5,000 texts', () => {
	it('loads: 2,500 reviews of an original and its translation', async () => {
		const corpus = await loadCorpus(inPairs, inPairs);
		expect(corpus.texts).toHaveLength(5_000);
		expect(corpus.reviews).toHaveLength(2_500);
		expect(corpus.texts.map((text) => text.data.id).slice(0, 3)).toEqual(['t0', 't1', 't2']);
	}, 30_000);

	it('loads where a process may open only 128 files at once', () => {
		const script = `const { loadCorpus } = await import(${JSON.stringify(pathToFileURL(join(projectRoot, 'src/corpus/load-corpus.ts')).href)});
			const corpus = await loadCorpus(${JSON.stringify(inPairs)});
			console.log(corpus.texts.length);`;
		const result = spawnSync('sh', ['-c', 'ulimit -n 128 && exec "$0" --input-type=module -e "$1"', process.execPath, script], {
			encoding: 'utf8',
			timeout: 30_000,
		});
		expect(result.stderr).toBe('');
		expect(result.stdout.trim()).toBe('5000');
	}, 35_000);

	it('fails at once, clearly, when one review has them all', async () => {
		const oneReview = writeCorpus('5000-texts-one-review', manyTexts(5_000, { oneReview: true }));
		const error = await loadCorpus(oneReview, oneReview).catch((thrown: unknown) => thrown);
		expect(error).toBeInstanceOf(CorpusError);
		expect((error as CorpusError).problems).toEqual([
			{
				file: 'corpus.yaml',
				field: 'texts[20].review',
				reason:
					'review "r0" has 5,000 texts, more than the 20 a review may have: every pair of its texts is aligned and compared (12,497,500 pairs)',
			},
		]);
	}, 30_000);

	it('builds: a page for every text, a comparison for every pair', () => {
		const { status, output, outDir, ms } = buildCorpus(inPairs, {}, { timeout: 240_000 });
		console.info(`hostile-manifest: 5,000 texts built in ${ms} ms`);
		expect(status, output.slice(-4000)).toBe(0);
		const corpus = JSON.parse(readFileSync(join(outDir, 'data/corpus.json'), 'utf8'));
		expect(corpus.texts).toHaveLength(5_000);
		expect(corpus.alignments).toHaveLength(2_500);
		for (const path of [
			'texts/t4999/index.html',
			'texts/t4999/source/index.html',
			'compare/t4998/t4999/index.html',
			'data/alignments/t4998--t4999.tmx',
		]) {
			expect(existsSync(join(outDir, path)), path).toBe(true);
		}
	}, 245_000);
});
