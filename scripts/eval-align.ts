/**
 * Measures the sentence aligner on the corpus: `npm run eval:align [corpusDir [goldDir]]`.
 *
 * For each pair with a gold alignment (tests/fixtures/alignments/<a>--<b>.gold.txt):
 * precision, recall and F1 over the sentence pairs the links imply (the standard
 * measure), F1 over whole links, the mean pair F1 with each sentence of either side
 * dropped in turn (robustness: lengths alone mislead there), and the mean confidence.
 * Then the mean confidence on pairs of unrelated texts, which should be low.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateAlignments, type AlignmentReport } from './lib/evaluate-alignments.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = process.argv[2] ?? path.join(root, 'content');
const goldDir = process.argv[3] ?? path.join(root, 'tests', 'fixtures', 'alignments');

/** The report as plain-text tables. */
function formatReport(report: AlignmentReport): string {
	const number = (value: number) => value.toFixed(3);
	const gold = table(
		['pair', 'P', 'R', 'F1', 'links F1', 'dropped F1', 'mean confidence'],
		report.gold.map((row) => [
			`${row.source} → ${row.target}`,
			number(row.pairs.precision),
			number(row.pairs.recall),
			number(row.pairs.f1),
			number(row.links.f1),
			`${number(row.droppedF1)} (${row.dropped})`,
			number(row.meanConfidence),
		]),
	);
	const unrelated = table(
		['unrelated pair', 'links', 'mean confidence'],
		report.unrelated.map((row) => [`${row.source} → ${row.target}`, String(row.links), number(row.meanConfidence)]),
	);
	return [
		'P, R, F1: over the (source sentence, target sentence) pairs implied by the links.',
		'links F1: over whole links. dropped F1: mean pair F1 with one sentence of either side',
		'dropped, over (n) such pairs.',
		'',
		gold,
		'',
		unrelated,
	].join('\n');
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
	console.log(formatReport(await evaluateAlignments(corpusDir, goldDir)));
} catch (error) {
	console.error(`eval-align: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
}
