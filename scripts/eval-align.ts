/**
 * Measures the sentence aligner: `npm run eval:align`. Prints, for the tuning part (the
 * seed pairs and the Universal Declaration of Human Rights) and the held-out part
 * (documentation translated by people, see `tests/fixtures/parallel/`):
 * - per related pair: precision, recall and F1 over the sentence pairs the links imply,
 *   F1 over whole links, the mean pair F1 with sentences or paragraphs removed from
 *   either side (omissions must stand alone), and the mean confidence;
 * - per unrelated pair: its two-sided links and their confidence;
 * - the reliability table (confidence bins against the share of right links), the
 *   calibration targets, and the region model fitted on the tuning part beside the one
 *   the aligner holds.
 * Writes the reliability diagram to `bench/align/reliability.svg`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PARALLEL_REGIONS, UNRELATED_REGIONS, type Normal } from '../src/align/parallel-region.ts';
import { evaluateAlignments, type AlignmentReport } from './lib/evaluate-alignments.ts';
import type { EvaluationPart } from './lib/parallel-texts.ts';
import { renderReliabilityChart } from './lib/reliability-chart.ts';
import { calibrationError, calibrationTargets, fitRegionModel, reliabilityTable } from './lib/reliability.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const chartFile = path.join(root, 'bench', 'align', 'reliability.svg');
const PARTS: readonly EvaluationPart[] = ['tuning', 'held-out'];

const number = (value: number) => (Number.isNaN(value) ? '–' : value.toFixed(3));
const percent = (value: number) => (Number.isNaN(value) ? '–' : `${(100 * value).toFixed(1)}%`);

function formatReport(report: AlignmentReport): string {
	const out: string[] = [
		'P, R, F1: over the (source sentence, target sentence) pairs implied by the links. links F1: over whole links.',
		'removal F1: mean pair F1 with one sentence of either side removed in turn (seeds) or with paragraphs',
		'p % 15 = 2, 7, 12 removed from one side (parallel texts), over (n) variants.',
	];
	for (const part of PARTS) {
		const related = report.related.filter((row) => row.part === part);
		const unrelated = report.unrelated.filter((row) => row.part === part);
		const links = report.links.filter((link) => link.part === part);
		const bins = reliabilityTable(links);
		const targets = calibrationTargets(report.links, part);
		out.push('', `== ${part} part ==`, '');
		out.push(
			table(
				['related pair', 'P', 'R', 'F1', 'links F1', 'removal F1', 'mean confidence'],
				related.map((row) => [
					row.name,
					number(row.pairs.precision),
					number(row.pairs.recall),
					number(row.pairs.f1),
					number(row.links.f1),
					`${number(row.removalF1)} (${row.removals})`,
					number(row.meanConfidence),
				]),
			),
			'',
			table(
				['unrelated pair', 'links', 'mean confidence', 'under 0.5'],
				unrelated.map((row) => [row.name, String(row.links), number(row.meanConfidence), percent(row.belowHalf)]),
			),
			'',
			`Reliability (every two-sided link: related pairs as they are and with removals, and unrelated pairs):`,
			table(
				['confidence', 'links', 'mean confidence', 'right'],
				bins.map((bin) => [
					`${bin.from.toFixed(1)}–${bin.to.toFixed(1)}`,
					String(bin.links),
					number(bin.meanConfidence),
					percent(bin.right),
				]),
			),
			`expected calibration error ${number(calibrationError(bins))}`,
			'',
			`right links of the related pairs at 0.5 or more: ${percent(targets.rightAtLeastHalf)} of ${targets.rightLinks} (target ≥ 90%)`,
			`unrelated pairs' links: mean confidence ${number(targets.unrelatedMean)} (target ≤ 0.1), ${percent(targets.unrelatedBelowHalf)} of ${targets.unrelatedLinks} under 0.5 (target ≥ 90%)`,
		);
	}
	const fitted = fitRegionModel(report.links, 'tuning');
	out.push(
		'',
		'Region model (src/align/parallel-region.ts): evidence of parallel text, mean ± deviation',
		`  parallel regions:  held ${normal(PARALLEL_REGIONS)}, fitted on the tuning part ${normal(fitted.parallel)}`,
		`  unrelated regions: held ${normal(UNRELATED_REGIONS)}, fitted on the tuning part ${normal(fitted.unrelated)}`,
	);
	return out.join('\n');
}

function normal({ mean, deviation }: Normal): string {
	return `${number(mean)} ± ${number(deviation)}`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
	const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
	const line = (cells: readonly string[]) =>
		cells
			.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
			.join('  ')
			.trimEnd();
	return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

try {
	const report = await evaluateAlignments(
		path.join(root, 'content'),
		path.join(root, 'tests', 'fixtures', 'alignments'),
		path.join(root, 'tests', 'fixtures', 'parallel'),
	);
	console.log(formatReport(report));
	await mkdir(path.dirname(chartFile), { recursive: true });
	await writeFile(
		chartFile,
		renderReliabilityChart(
			PARTS.map((part) => ({ label: `${part} part`, bins: reliabilityTable(report.links.filter((link) => link.part === part)) })),
		),
	);
	console.log(`\nreliability diagram: ${path.relative(root, chartFile)}`);
} catch (error) {
	console.error(`eval-align: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
}
