/**
 * Omission and addition: a link with one side empty (a sentence with no counterpart),
 * and a link whose target is far shorter or longer than the pair's usual ratio says,
 * by Gale & Church's measure: δ = (l₂ − c·l₁) / √(s²·l₁), l in characters.
 */
import { GALE_CHURCH_VARIANCE } from '../../align/gale-church.ts';
import { quote, type Draft } from '../draft.ts';
import type { LinkContext, LinkSide } from '../link-context.ts';

/**
 * How far |δ| must go for a link to be flagged. Gale & Church's variance is generous: on
 * the seed pairs δ has a standard deviation of about 0.5 and never passes 1.44 (a-en-rewrite
 * sentence 5 against a-es 6); 2.5 is well beyond that.
 */
export const LENGTH_DEVIATION = 2.5;
// Too short a source says nothing about what was left out.
const MIN_SOURCE_LENGTH = 40;

const textOf = (side: LinkSide) => side.sentences.map((sentence) => sentence.text).join(' ');
const ids = (side: LinkSide) => side.sentences.map((sentence) => sentence.id);

/** Gale & Church's δ of a link's lengths for the pair's ratio `c`. */
export const lengthDeviation = (sourceLength: number, targetLength: number, c: number) =>
	(targetLength - c * sourceLength) / Math.sqrt(GALE_CHURCH_VARIANCE * sourceLength);

/** A finding over a whole side of the link: the source's for an omission, the target's for an addition. */
function wholeSide(check: 'omission' | 'addition', side: LinkSide, message: string): Draft[] {
	return [{ check, side: check === 'omission' ? 'source' : 'target', sentences: ids(side), text: quote(textOf(side)), message }];
}

export function checkOmission(context: LinkContext): Draft[] {
	const { source, target, labels } = context;
	const plural = (side: LinkSide) => (side.sentences.length > 1 ? 'These sentences have' : 'This sentence has');
	if (target.sentences.length === 0) return wholeSide('omission', source, `${plural(source)} no counterpart in ${labels.target}.`);
	if (source.sentences.length === 0) return wholeSide('addition', target, `${plural(target)} no counterpart in ${labels.source}.`);
	const [sourceLength, targetLength] = [textOf(source).length, textOf(target).length];
	if (sourceLength < MIN_SOURCE_LENGTH) return [];
	const delta = lengthDeviation(sourceLength, targetLength, context.lengthRatio);
	const expected = Math.round(context.lengthRatio * sourceLength);
	const lengths = `${targetLength.toLocaleString('en')} characters where about ${expected.toLocaleString('en')} were expected`;
	const targetName = `${labels.target[0]!.toUpperCase()}${labels.target.slice(1)}`;
	if (delta <= -LENGTH_DEVIATION)
		return wholeSide('omission', source, `${targetName} is much shorter here (${lengths}): part of this may be missing.`);
	if (delta >= LENGTH_DEVIATION)
		return wholeSide('addition', target, `This is much longer than ${labels.source} (${lengths}): part of it may be added.`);
	return [];
}
