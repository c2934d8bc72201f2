/**
 * The aligner's quality stays where it was measured (`npm run eval:align` prints the same
 * numbers as tables): the seed pairs aligned exactly, omissions standing alone, and
 * confidence calibrated on held-out texts to the targets. A change that lowers
 * a number below its floor fails here; a change that raises one should raise its floor.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLinks } from '../../../src/align/gold-links.ts';
import { PARALLEL_REGIONS, UNRELATED_REGIONS } from '../../../src/align/parallel-region.ts';
import { toAlignText } from '../../../src/align/to-align-text.ts';
import { loadTruecasedCorpus } from '../../../src/truecase/load-truecased-corpus.ts';
import { evaluateAlignments, GOLD_PAIRS } from '../../../scripts/lib/evaluate-alignments.ts';
import { calibrationTargets, fitRegionModel } from '../../../scripts/lib/reliability.ts';

const root = join(import.meta.dirname, '../../..');
const goldDir = join(root, 'tests/fixtures/alignments');
const report = await evaluateAlignments(join(root, 'content'), goldDir, join(root, 'tests/fixtures/parallel'));

// Measured: pair F1 over the implied sentence pairs, and the mean pair F1 with removals.
const MEASURED: Record<string, { f1: number; removalF1: number }> = {
	'a-en → a-en-rewrite': { f1: 1, removalF1: 0.997 },
	'a-en → a-es': { f1: 1, removalF1: 0.996 },
	'a-en-rewrite → a-es': { f1: 1, removalF1: 0.999 },
	'b-en → b-es': { f1: 1, removalF1: 0.997 },
	udhr: { f1: 1, removalF1: 0.996 },
	'maint-guide': { f1: 0.979, removalF1: 0.969 },
	'debian-reference': { f1: 1, removalF1: 0.99 },
	'ubuntu-packaging-guide': { f1: 1, removalF1: 0.992 },
};
const TOLERANCE = 0.01;
const seeds = report.related.filter((row) => GOLD_PAIRS.some(([source, target]) => row.name === `${source} → ${target}`));

describe('alignment quality', () => {
	it.each(report.related.map((row) => [row.name, row] as const))('%s keeps its F1, with and without removals', (name, row) => {
		expect(row.pairs.f1).toBeGreaterThanOrEqual(MEASURED[name]!.f1 - TOLERANCE);
		expect(row.removalF1).toBeGreaterThanOrEqual(MEASURED[name]!.removalF1 - TOLERANCE);
	});

	it('aligns the seed pairs exactly as their gold files say', () => {
		expect(seeds).toHaveLength(GOLD_PAIRS.length);
		for (const row of seeds) {
			expect(row.pairs.f1, row.name).toBe(1);
		}
	});

	it.each(['tuning', 'held-out'] as const)('meets the calibration targets on the %s part', (part) => {
		const targets = calibrationTargets(report.links, part);
		expect(targets.rightLinks).toBeGreaterThan(100);
		expect(targets.rightAtLeastHalf).toBeGreaterThanOrEqual(0.9);
		expect(targets.unrelatedLinks).toBeGreaterThan(60);
		expect(targets.unrelatedMean).toBeLessThanOrEqual(0.1);
		expect(targets.unrelatedBelowHalf).toBeGreaterThanOrEqual(0.9);
	});

	it('keeps related and unrelated seed pairs apart', () => {
		const lowestRelated = Math.min(...seeds.map((row) => row.meanConfidence));
		const highestUnrelated = Math.max(...report.unrelated.filter((row) => row.part === 'tuning').map((row) => row.meanConfidence));
		expect(lowestRelated - highestUnrelated).toBeGreaterThanOrEqual(0.5);
	});

	it('holds the region model fitted on the tuning part, not on the held-out one', () => {
		const fitted = fitRegionModel(report.links, 'tuning');
		for (const [held, fit] of [
			[PARALLEL_REGIONS, fitted.parallel],
			[UNRELATED_REGIONS, fitted.unrelated],
		] as const) {
			expect(held.mean).toBeCloseTo(fit.mean, 2);
			expect(held.deviation).toBeCloseTo(fit.deviation, 2);
		}
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
