/**
 * One generated review: seed units drawn and shuffled, varied (`vary.ts`), and written
 * out the way the real corpus's files are: the original tokenized and lower-case, one
 * sentence per line; the rewrite cased prose on one line, with the stray periods and
 * `<br />` residue of the real one; the translation prose on one line. Variants drop,
 * split or merge a sentence now and then, as machine translations do, so the aligner
 * meets 1:0, 1:2 and 2:1 links.
 */
import { recaseMentions } from '../../../src/people/canonical-case.ts';
import { findMentions, type MentionMatcher } from '../../../src/people/find-mentions.ts';
import type { Random } from '../../lib/seeded-random.ts';
import type { SeedUnit } from './seed-units.ts';
import { drawVariation, paraphrase, type VariationOptions } from './vary.ts';

/** The files of one review: an original and a translation, and maybe a rewrite. */
export interface ReviewTexts {
	original: string;
	rewrite: string | null;
	translation: string;
	/** Where its units come from, for the manifest's notes: `a-en s3, b-en s7, …`. */
	origins: string[];
}

export interface ReviewOptions extends VariationOptions {
	units: readonly SeedUnit[];
	matcher: MentionMatcher;
	withRewrite: boolean;
}

export function makeReview(random: Random, options: ReviewOptions): ReviewTexts {
	const { units, matcher, withRewrite } = options;
	const count = random.int(Math.min(8, units.length), Math.min(16, units.length));
	const chosen = random.shuffle(units).slice(0, count);
	const variation = drawVariation(random, options);

	const original = chosen.map((unit) => unit.original.map((sentence) => variation.apply(sentence, { lang: 'en', tokenized: true })));
	const translation = chosen.map((unit) => unit.translation.map((sentence) => variation.apply(sentence, { lang: 'es', tokenized: false })));
	// Seeds without a rewrite get one made from the reading view, reworded.
	const rewrite = chosen.map((unit) =>
		(unit.rewrite ?? unit.reading.map((reading) => paraphrase(random, recaseMentions(reading, findMentions(reading, matcher))))).map(
			(sentence) => variation.apply(sentence, { lang: 'en', tokenized: false }),
		),
	);

	// A translation that leaves a unit out (1:0), and a rewrite that does.
	if (random.chance(0.2)) translation[random.int(0, count - 1)] = [];
	if (random.chance(0.1)) rewrite[random.int(0, count - 1)] = [];
	// A translation that cuts a sentence in two at a comma (1:2).
	if (random.chance(0.35)) splitOne(random, translation);
	// A rewrite that runs two sentences into one (2:1).
	if (random.chance(0.15)) mergeOne(random, rewrite);

	let rewriteText = rewrite.flat().join(' ');
	if (random.chance(0.2)) rewriteText = rewriteText.replace(/(\p{L}{3,}),( \p{Ll})/u, '$1 .$2');
	if (random.chance(0.3)) rewriteText += ' <br /><br />';
	return {
		original: `${original.flat().join('\n')}\n`,
		rewrite: withRewrite ? rewriteText : null,
		translation: translation.flat().join(' '),
		origins: chosen.map((unit) => unit.origin),
	};
}

/** Cuts one sentence in two at a comma near its middle, as a sentence of its own. */
function splitOne(random: Random, units: string[][]): void {
	const candidates = units
		.flatMap((sentences, u) => sentences.map((sentence, s) => ({ u, s, sentence })))
		.filter(({ sentence }) => sentence.length > 120);
	if (candidates.length === 0) return;
	const { u, s, sentence } = random.pick(candidates);
	const commas = [...sentence.matchAll(/, (\p{Ll})/gu)].filter((match) => match.index > 40 && match.index < sentence.length - 40);
	if (commas.length === 0) return;
	const at = random.pick(commas);
	const first = `${sentence.slice(0, at.index)}.`;
	const second = sentence.slice(at.index + 2, at.index + 3).toUpperCase() + sentence.slice(at.index + 3);
	units[u]!.splice(s, 1, first, second);
}

/** Runs a sentence into the next one with a semicolon. */
function mergeOne(random: Random, units: string[][]): void {
	const flat = units.flatMap((sentences, u) => sentences.map((_, s) => ({ u, s })));
	if (flat.length < 2) return;
	const i = random.int(0, flat.length - 2);
	const a = flat[i]!;
	const b = flat[i + 1]!;
	const first = units[a.u]![a.s]!;
	const second = units[b.u]![b.s]!;
	if (!/[.!?]$/.test(first)) return;
	units[a.u]![a.s] = `${first.slice(0, -1)}; ${second}`;
	units[b.u]!.splice(b.s, 1);
}
