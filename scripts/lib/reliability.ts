/**
 * Whether confidence means what it says: links binned by confidence against the share of
 * them that is right (a reliability diagram's data), the expected calibration error, and
 * the figures the aligner's confidence is held to.
 */
import type { Normal } from '../../src/align/parallel-region.ts';
import type { EvaluationPart } from './parallel-texts.ts';
import type { ScoredLink } from './evaluate-alignments.ts';

/** Bin edges: ten bins of 0.1; a confidence of 1 falls in the last. */
export const BIN_EDGES = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1] as const;

/** One bin of the reliability table. */
export interface ReliabilityBin {
	from: number;
	to: number;
	links: number;
	meanConfidence: number;
	/** Share of its links that are right. */
	right: number;
}

/** The links binned by confidence; empty bins included, with NaN means. */
export function reliabilityTable(links: readonly ScoredLink[]): ReliabilityBin[] {
	return BIN_EDGES.slice(0, -1).map((from, b) => {
		const to = BIN_EDGES[b + 1]!;
		const inBin = links.filter((link) => link.confidence >= from && (link.confidence < to || (to === 1 && link.confidence === 1)));
		return {
			from,
			to,
			links: inBin.length,
			meanConfidence: mean(inBin.map((link) => link.confidence)),
			right: mean(inBin.map((link) => (link.right ? 1 : 0))),
		};
	});
}

/** Expected calibration error: the links' mean gap between confidence and the right share of their bin. */
export function calibrationError(bins: readonly ReliabilityBin[]): number {
	const total = bins.reduce((sum, bin) => sum + bin.links, 0);
	return bins.reduce((sum, bin) => (bin.links === 0 ? sum : sum + (bin.links / total) * Math.abs(bin.meanConfidence - bin.right)), 0);
}

/** The figures the issue holds the confidence to, for one part. */
export interface CalibrationTargets {
	/** Right links of unaltered related pairs, and the share of them at 0.5 or more (target ≥ 0.9). */
	rightLinks: number;
	rightAtLeastHalf: number;
	/** Links of unrelated pairs, their mean confidence (target ≤ 0.1) and the share under 0.5 (target ≥ 0.9). */
	unrelatedLinks: number;
	unrelatedMean: number;
	unrelatedBelowHalf: number;
}

export function calibrationTargets(links: readonly ScoredLink[], part: EvaluationPart): CalibrationTargets {
	const right = links.filter((link) => link.part === part && link.kind === 'related' && link.right);
	const unrelated = links.filter((link) => link.part === part && link.kind === 'unrelated');
	return {
		rightLinks: right.length,
		rightAtLeastHalf: share(right, (link) => link.confidence >= 0.5),
		unrelatedLinks: unrelated.length,
		unrelatedMean: mean(unrelated.map((link) => link.confidence)),
		unrelatedBelowHalf: share(unrelated, (link) => link.confidence < 0.5),
	};
}

/**
 * The two normal distributions of region evidence that `parallel-region.ts` holds,
 * fitted to one part's links: regions of right links in related pairs (removals included)
 * and regions of unrelated pairs' links.
 */
export function fitRegionModel(links: readonly ScoredLink[], part: EvaluationPart): { parallel: Normal; unrelated: Normal } {
	const regions = (keep: (link: ScoredLink) => boolean) =>
		links.filter((link) => link.part === part && link.region !== undefined && keep(link)).map((link) => link.region!);
	return {
		parallel: normal(regions((link) => link.kind !== 'unrelated' && link.right)),
		unrelated: normal(regions((link) => link.kind === 'unrelated')),
	};
}

function normal(values: readonly number[]): Normal {
	const average = mean(values);
	return { mean: average, deviation: Math.sqrt(mean(values.map((value) => (value - average) ** 2))) };
}

function share<T>(items: readonly T[], test: (item: T) => boolean): number {
	return items.length === 0 ? NaN : items.filter(test).length / items.length;
}

function mean(values: readonly number[]): number {
	return values.length === 0 ? NaN : values.reduce((sum, value) => sum + value, 0) / values.length;
}
