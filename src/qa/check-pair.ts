/**
 * The translation checks over a pair of texts: every check on every link of their
 * alignment, each finding given the sentences of both sides it concerns.
 */
import { estimateLengthRatio } from '../align/gale-church.ts';
import type { AlignmentLink } from '../align/types.ts';
import { checkNames } from './checks/names.ts';
import { checkNotAWord } from './checks/not-a-word.ts';
import { checkNumbers } from './checks/numbers.ts';
import { checkOmission } from './checks/omission.ts';
import { checkRepeats } from './checks/repeats.ts';
import { checkResidue } from './checks/residue.ts';
import { checkUntranslated } from './checks/untranslated.ts';
import { classifyTargetWords } from './classify-words.ts';
import type { Draft } from './draft.ts';
import { linkSide, type LinkContext, type PairLabels, type PairTools, type QaSentence, type QaText } from './link-context.ts';
import { CHECK_IDS, type LocatedFinding } from './schema.ts';

/** The most findings of one check a link reports: a huge garbled sentence stays readable. */
export const MAX_FINDINGS_PER_CHECK = 10;

const DEFAULT_LABELS: PairLabels = { source: 'the source', target: 'the target' };

/** The pair's target characters per source character, over its links with both sides. */
function pairRatio(source: Map<string, QaSentence>, target: Map<string, QaSentence>, links: readonly AlignmentLink[]): number {
	const twoSided = links.filter((link) => link.source.length > 0 && link.target.length > 0);
	const length = (ids: readonly string[], sentences: Map<string, QaSentence>) =>
		ids.reduce((sum, id) => sum + (sentences.get(id)?.text.length ?? 0), 0);
	return estimateLengthRatio(
		twoSided.map((link) => length(link.source, source)),
		twoSided.map((link) => length(link.target, target)),
	);
}

/** Every check on one link. */
export function checkLink(context: LinkContext): Draft[] {
	const words = classifyTargetWords(context);
	const drafts = [
		...checkUntranslated(context, words),
		...checkNotAWord(context, words),
		...checkNumbers(context),
		...checkNames(context, words),
		...checkOmission(context),
		...checkResidue(context),
		...checkRepeats(context),
	];
	return CHECK_IDS.flatMap((check) => drafts.filter((draft) => draft.check === check).slice(0, MAX_FINDINGS_PER_CHECK));
}

/**
 * The findings of a pair: `source` and `target` as the alignment joined them, `links`
 * their alignment. Findings come in link order, then by check.
 */
export function checkPair(
	source: QaText,
	target: QaText,
	links: readonly AlignmentLink[],
	tools: PairTools,
	labels: PairLabels = DEFAULT_LABELS,
): LocatedFinding[] {
	const sourceById = new Map(source.sentences.map((sentence) => [sentence.id, sentence]));
	const targetById = new Map(target.sentences.map((sentence) => [sentence.id, sentence]));
	const lengthRatio = pairRatio(sourceById, targetById, links);
	const sameLanguage = source.lang.split('-')[0]!.toLowerCase() === target.lang.split('-')[0]!.toLowerCase();
	return links.flatMap((link, index) => {
		const context: LinkContext = {
			index,
			source: linkSide(source, link.source, sourceById, tools),
			target: linkSide(target, link.target, targetById, tools),
			sameLanguage,
			tools,
			lengthRatio,
			labels,
		};
		return checkLink(context).map(({ check, side, sentences, text, message, at }): LocatedFinding => ({
			check,
			source: side === 'source' ? sentences : [...link.source],
			target: side === 'target' ? sentences : [...link.target],
			side,
			text,
			message,
			link: index,
			...(at ? { at } : {}),
		}));
	});
}
