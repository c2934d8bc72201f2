import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatLink } from '../../src/align/gold-links.ts';
import type { ScoredLink } from '../../scripts/lib/evaluate-alignments.ts';
import { PARALLEL_TEXTS, readParallelTexts } from '../../scripts/lib/parallel-texts.ts';
import { calibrationError, calibrationTargets, fitRegionModel, reliabilityTable } from '../../scripts/lib/reliability.ts';
import { renderReliabilityChart } from '../../scripts/lib/reliability-chart.ts';
import { removeParagraphs } from '../../scripts/lib/remove-paragraphs.ts';

const dir = await mkdtemp(join(tmpdir(), 'parallel-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

// Paragraph pairs: 2 = 2 sentences, 1 = 2, 2 = 1, 2 = 3 (no rule fits: left out), 1 = 1.
const english = ['One. Two.', 'Three is long.', 'Four. Five.', 'Six. Seven.', 'Eight.'];
const spanish = ['Uno. Dos.', 'Tres. Es largo.', 'Cuatro y cinco.', 'Seis. Siete. Más.', 'Ocho.'];
for (const { name } of PARALLEL_TEXTS) {
	await writeFile(join(dir, `${name}.en.txt`), `${english.join('\n')}\n`);
	await writeFile(join(dir, `${name}.es.txt`), `${spanish.join('\n')}\n`);
}
const [text] = await readParallelTexts(dir);

describe('readParallelTexts', () => {
	it('derives the gold links from the paragraphs, and leaves out a pair no rule fits', () => {
		expect(text!.gold.map(formatLink)).toEqual(['s1 = s1', 's2 = s2', 's3 = s3 s4', 's4 s5 = s5', 's6 = s6']);
		expect(text!.leftOut).toBe(1);
		expect(text!.source.sentences.map((sentence) => sentence.text)).toEqual(['One.', 'Two.', 'Three is long.', 'Four.', 'Five.', 'Eight.']);
		expect(text!.target.sentences.at(-1)).toEqual({ id: 's6', text: 'Ocho.' });
	});

	it('refuses files whose paragraphs do not pair up', async () => {
		const other = await mkdtemp(join(tmpdir(), 'parallel-'));
		for (const { name } of PARALLEL_TEXTS) {
			await writeFile(join(other, `${name}.en.txt`), 'One.\nTwo.\n');
			await writeFile(join(other, `${name}.es.txt`), 'Uno.\n');
		}
		await expect(readParallelTexts(other)).rejects.toThrow(`${PARALLEL_TEXTS[0]!.name}: 2 English paragraphs but 1 Spanish ones`);
		await rm(other, { recursive: true, force: true });
	});
});

describe('removeParagraphs', () => {
	it('removes the same paragraphs from one side at a time, leaving their partners alone', () => {
		const variants = removeParagraphs(text!);
		expect(variants).toHaveLength(6);
		// Offset 2 removes the third kept paragraph ("Four. Five." = "Cuatro y cinco.").
		const [sourceCut] = variants;
		expect(sourceCut!.source.sentences.map((sentence) => sentence.id)).toEqual(['s1', 's2', 's3', 's6']);
		expect(sourceCut!.gold.map(formatLink)).toEqual(['s1 = s1', 's2 = s2', 's3 = s3 s4', '- = s5', 's6 = s6']);
		const targetCut = variants[3]!;
		expect(targetCut.gold.map(formatLink)).toEqual(['s1 = s1', 's2 = s2', 's3 = s3 s4', 's4 s5 = -', 's6 = s6']);
	});
});

const link = (part: ScoredLink['part'], kind: ScoredLink['kind'], right: boolean, confidence: number, region?: number): ScoredLink => ({
	part,
	kind,
	right,
	confidence,
	region,
});

describe('the reliability figures', () => {
	const links = [
		link('held-out', 'related', true, 0.95, 0.4),
		link('held-out', 'related', true, 1, 0.5),
		link('held-out', 'removed', false, 0.92, 0.3),
		link('held-out', 'related', true, 0.3, 0.1),
		link('held-out', 'unrelated', false, 0.05, 0.02),
		link('held-out', 'unrelated', false, 0.6, 0.04),
		link('tuning', 'unrelated', false, 0.9, 0.02),
	];

	it('bins links by confidence, a confidence of 1 in the last bin', () => {
		const bins = reliabilityTable(links.filter((l) => l.part === 'held-out'));
		expect(bins).toHaveLength(10);
		expect(bins[9]).toMatchObject({ from: 0.9, to: 1, links: 3, right: 2 / 3 });
		expect(bins[9]!.meanConfidence).toBeCloseTo((0.95 + 1 + 0.92) / 3, 10);
		expect(bins[0]).toMatchObject({ links: 1, right: 0 });
		expect(bins[1]!.links).toBe(0);
		expect(calibrationError(bins)).toBeCloseTo((3 * Math.abs(0.9567 - 2 / 3) + 0.05 + 0.7 + 0.6) / 6, 3);
	});

	it('computes the targets of one part only', () => {
		expect(calibrationTargets(links, 'held-out')).toEqual({
			rightLinks: 3,
			rightAtLeastHalf: 2 / 3,
			unrelatedLinks: 2,
			unrelatedMean: (0.05 + 0.6) / 2,
			unrelatedBelowHalf: 0.5,
		});
	});

	it('fits the region model to right links and unrelated links', () => {
		const fitted = fitRegionModel(links, 'held-out');
		expect(fitted.parallel.mean).toBeCloseTo(1 / 3, 10);
		expect(fitted.unrelated).toEqual({ mean: 0.03, deviation: expect.closeTo(0.01, 10) });
	});

	it('draws every non-empty bin, with its number of links, and describes them', () => {
		const svg = renderReliabilityChart([{ label: 'held-out part', bins: reliabilityTable(links.filter((l) => l.part === 'held-out')) }]);
		expect(svg).toContain('<title id="chart-title">');
		expect(svg).toContain('3 links at mean confidence 0.96, 67% right');
		expect(svg.match(/<circle /g)).toHaveLength(4);
	});
});
