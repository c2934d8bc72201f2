/**
 * Measures the translation checks: `npm run eval:qa`. Prints precision and recall per
 * check on the tuning part (the seed pairs against a reviewer's reading,
 * `tests/fixtures/qa/seeds.yaml`) and on the held-out part (hand-made reviews and the
 * Universal Declaration with problems put in, never tuned on), what was missed and
 * wrongly flagged, and the share of each seed translation's sentences that carry a finding.
 */
import { CHECK_IDS } from '../src/qa/index.ts';
import { heldOutPairs, seedPairs, type EvaluatedPair } from './lib/qa/qa-pairs.ts';
import { matchFindings, scoreChecks } from './lib/qa/score-findings.ts';

const figure = (value: number) => (Number.isNaN(value) ? '–' : value.toFixed(2));

function report(title: string, pairs: readonly EvaluatedPair[]): string {
	const lines = [`== ${title} ==`, '', '| check | reviewer | found | right | precision | recall |', '|---|---|---|---|---|---|'];
	const scores = scoreChecks(pairs);
	for (const score of scores) {
		lines.push(
			`| ${score.check} | ${score.gold} | ${score.found} | ${score.right} | ${figure(score.precision)} | ${figure(score.recall)} |`,
		);
	}
	const total = scores.reduce((sum, s) => ({ gold: sum.gold + s.gold, found: sum.found + s.found, right: sum.right + s.right }), {
		gold: 0,
		found: 0,
		right: 0,
	});
	lines.push(
		`| all | ${total.gold} | ${total.found} | ${total.right} | ${figure(total.right / total.found)} | ${figure(total.right / total.gold)} |`,
		'',
	);
	for (const pair of pairs) {
		const { right, missed } = matchFindings(pair);
		const wrong = pair.found.filter((finding) => !right.has(finding));
		const share = `${pair.flaggedSentences} of ${pair.targetSentences} target sentences flagged (${((100 * pair.flaggedSentences) / pair.targetSentences).toFixed(0)}%)`;
		lines.push(`${pair.name}: ${pair.found.length} found, ${right.size} right; ${share}`);
		for (const finding of wrong)
			lines.push(`  flagged, not the reviewer's: ${finding.check} ${finding.side} ${finding[finding.side].join(',')} «${finding.text}»`);
		for (const gold of missed) lines.push(`  missed: ${gold.check} ${gold.side} ${gold.sentence} «${gold.words}»`);
	}
	return lines.join('\n');
}

const [tuning, heldOut] = await Promise.all([seedPairs(), heldOutPairs()]);
console.log(
	`Checks: ${CHECK_IDS.join(', ')}. A finding is right when the reviewer flagged words it overlaps, same check, side and sentence.\n`,
);
console.log(report('tuning: the seed pairs', tuning));
console.log('');
console.log(report('held-out: hand-made reviews and the perturbed Declaration', heldOut));
