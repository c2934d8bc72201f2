/**
 * Precision and recall of the checks against a reviewer's findings, per check. A finding
 * of the checks is right when the reviewer flagged, with the same check, words on the
 * same side in one of the finding's sentences that overlap the finding's words (either
 * holds the other, ignoring case): `MERE` finds `A MERE`. Each reviewer's finding is
 * found at most once. An optional finding counts when found and is no miss when not.
 */
import type { CheckId, QaFinding } from '../../../src/qa/index.ts';
import { CHECK_IDS } from '../../../src/qa/index.ts';
import type { GoldFinding } from './gold-findings.ts';

export interface CheckScore {
	check: CheckId;
	/** The reviewer's findings of this check. */
	gold: number;
	/** The checks' findings. */
	found: number;
	/** Findings that match a reviewer's. */
	right: number;
	/** right / found, NaN when nothing was found. */
	precision: number;
	/** right / gold, NaN when the reviewer flagged nothing. */
	recall: number;
}

/** A pair's findings against its reviewer's, for scoring. */
export interface ScoredPair {
	name: string;
	gold: readonly GoldFinding[];
	found: readonly QaFinding[];
}

const overlaps = (a: string, b: string) => {
	const [x, y] = [a.toLowerCase(), b.toLowerCase()];
	return x.includes(y) || y.includes(x);
};

/** Which found findings are right and which gold ones are found, pair by pair. */
export function matchFindings(pair: ScoredPair): { right: Set<QaFinding>; missed: GoldFinding[] } {
	const taken = new Set<GoldFinding>();
	const right = new Set<QaFinding>();
	for (const finding of pair.found) {
		const gold = pair.gold.find(
			(g) =>
				!taken.has(g) &&
				g.check === finding.check &&
				g.side === finding.side &&
				finding[finding.side].includes(g.sentence) &&
				overlaps(g.words, finding.text),
		);
		if (gold) {
			taken.add(gold);
			right.add(finding);
		}
	}
	return { right, missed: pair.gold.filter((g) => !taken.has(g) && !g.optional) };
}

/** Per check, over all pairs. */
export function scoreChecks(pairs: readonly ScoredPair[]): CheckScore[] {
	const matched = pairs.map((pair) => ({ pair, ...matchFindings(pair) }));
	return CHECK_IDS.map((check) => {
		const found = pairs.reduce((n, pair) => n + pair.found.filter((f) => f.check === check).length, 0);
		const right = matched.reduce((n, { right: r }) => n + [...r].filter((f) => f.check === check).length, 0);
		const missed = matched.reduce((n, { missed: m }) => n + m.filter((g) => g.check === check).length, 0);
		// The reviewer's findings: those found, and the required ones missed.
		const gold = right + missed;
		return {
			check,
			gold,
			found,
			right,
			precision: found === 0 ? Number.NaN : right / found,
			recall: gold === 0 ? Number.NaN : right / gold,
		};
	});
}
