/**
 * The aligner's quality on the seed corpus stays where it was measured (`npm run
 * eval:align`, which prints the same numbers as a table). A change that lowers a number
 * below its floor fails here; a change that raises one should raise its floor too.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLinks } from '../../../src/align/gold-links.ts';
import { toAlignText } from '../../../src/align/to-align-text.ts';
import { loadTruecasedCorpus } from '../../../src/truecase/load-truecased-corpus.ts';
import { evaluateAlignments, GOLD_PAIRS } from '../../../scripts/lib/evaluate-alignments.ts';

const root = join(import.meta.dirname, '../../..');
const goldDir = join(root, 'tests/fixtures/alignments');
const report = await evaluateAlignments(join(root, 'content'), goldDir);

// Measured: pair F1 over the implied sentence pairs; mean pair F1 over the pairs with
// one sentence dropped; mean confidence of the links.
const MEASURED: Record<string, { f1: number; droppedF1: number; meanConfidence: number }> = {
	'a-en--a-en-rewrite': { f1: 1, droppedF1: 0.992, meanConfidence: 0.828 },
	'a-en--a-es': { f1: 1, droppedF1: 0.992, meanConfidence: 0.709 },
	'a-en-rewrite--a-es': { f1: 1, droppedF1: 0.991, meanConfidence: 0.691 },
	'b-en--b-es': { f1: 1, droppedF1: 0.993, meanConfidence: 0.697 },
};
// Measured on a-en → b-es 0.023, a-es → b-en 0.007: unrelated texts stay under this.
const UNRELATED_CEILING = 0.1;
// Related pairs score at least this much more than unrelated ones, on average.
const MARGIN = 0.5;
const TOLERANCE = 0.02;

describe('alignment quality on the gold pairs', () => {
	it.each(report.gold.map((row) => [`${row.source}--${row.target}`, row] as const))('%s keeps its F1', (pair, row) => {
		const measured = MEASURED[pair]!;
		expect(row.pairs.f1).toBeGreaterThanOrEqual(measured.f1 - TOLERANCE);
		expect(row.droppedF1).toBeGreaterThanOrEqual(measured.droppedF1 - TOLERANCE);
	});

	it('is confident on related pairs and not on unrelated ones, with a margin', () => {
		for (const row of report.gold) {
			expect(row.meanConfidence, `${row.source}--${row.target}`).toBeGreaterThanOrEqual(
				MEASURED[`${row.source}--${row.target}`]!.meanConfidence - 0.05,
			);
		}
		for (const row of report.unrelated) expect(row.meanConfidence, `${row.source}--${row.target}`).toBeLessThan(UNRELATED_CEILING);
		const lowestRelated = Math.min(...report.gold.map((row) => row.meanConfidence));
		const highestUnrelated = Math.max(...report.unrelated.map((row) => row.meanConfidence));
		expect(lowestRelated - highestUnrelated).toBeGreaterThanOrEqual(MARGIN);
	});
});

describe('the gold alignments', async () => {
	const corpus = await loadTruecasedCorpus(join(root, 'content'), root);
	const texts = new Map(corpus.texts.map((text) => [text.data.id, toAlignText(text.data)]));

	it.each(GOLD_PAIRS.map(([source, target]) => [`${source}--${target}`, source, target] as const))(
		'%s links every sentence of both texts once, in order',
		async (pair, sourceId, targetId) => {
			const links = parseLinks(await readFile(join(goldDir, `${pair}.gold.txt`), 'utf8'));
			expect(links.flatMap((link) => link.source)).toEqual(texts.get(sourceId)!.sentences.map((sentence) => sentence.id));
			expect(links.flatMap((link) => link.target)).toEqual(texts.get(targetId)!.sentences.map((sentence) => sentence.id));
		},
	);
});
