/**
 * The pairs the translation checks are measured on, each with its reviewer's findings:
 * the seed pairs of `content/` (the tuning part, `tests/fixtures/qa/seeds.yaml`), and the
 * held-out part: hand-made reviews (`tests/fixtures/qa/held-out/reviews.yaml`) and the
 * Universal Declaration of Human Rights with problems put in (`udhr-perturbed.yaml`).
 * Each pair goes through what the site does: segmentation, reading view, the names
 * index, the aligner, then the checks.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { alignSentences, toAlignText } from '../../../src/align/index.ts';
import { loadTruecasedCorpus } from '../../../src/truecase/load-truecased-corpus.ts';
import type { TextEntry } from '../../../src/corpus/schema.ts';
import { createMentionMatcher, type MentionMatcher } from '../../../src/people/find-mentions.ts';
import { checkPair, type Lexicon, type QaFinding } from '../../../src/qa/index.ts';
import { loadLexicons } from '../../../src/qa/load-lexicons.ts';
import { toQaText } from '../../../src/site/compare-text.ts';
import { toReadingView } from '../../../src/text/reading-view.ts';
import { segmentSentences, type TextFormat } from '../../../src/text/segment-sentences.ts';
import { resolveGold, type GoldEntry, type GoldFinding } from './gold-findings.ts';

export const ROOT = join(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'tests/fixtures/qa');

/** A pair with the checks' findings and its reviewer's. */
export interface EvaluatedPair {
	name: string;
	part: 'tuning' | 'held-out';
	found: QaFinding[];
	gold: GoldFinding[];
	/** Sentences of the target, and how many carry a finding. */
	targetSentences: number;
	flaggedSentences: number;
}

type Text = { id: string; data: Pick<TextEntry, 'id' | 'lang' | 'sentences' | 'reading'> };

let lexicons: Promise<Map<string, Lexicon>> | undefined;

/** Checks a pair as the site does and resolves its reviewer's findings. */
async function evaluate(
	name: string,
	part: EvaluatedPair['part'],
	source: Text,
	target: Text,
	entries: readonly GoldEntry[],
	matcher: MentionMatcher,
	kinds = { source: 'the source', target: 'the target' },
): Promise<EvaluatedPair> {
	const byLang = await (lexicons ??= loadLexicons(['en', 'es']));
	const [sourceText, targetText] = [toQaText(source), toQaText(target)];
	const links = alignSentences(toAlignText(source.data), toAlignText(target.data), { matcher });
	const found = checkPair(sourceText, targetText, links, { lexicons: byLang, matcher }, kinds);
	const flagged = new Set(found.flatMap((finding) => (finding.side === 'target' ? finding.target : [])));
	return {
		name,
		part,
		found,
		gold: resolveGold(entries, sourceText, targetText),
		targetSentences: targetText.sentences.length,
		flaggedSentences: flagged.size,
	};
}

/** The four seed pairs, against `tests/fixtures/qa/seeds.yaml`. */
export async function seedPairs(): Promise<EvaluatedPair[]> {
	const corpus = await loadTruecasedCorpus(join(ROOT, 'content'), ROOT);
	const matcher = createMentionMatcher(corpus.people);
	const fixture = parse(await readFile(join(FIXTURES, 'seeds.yaml'), 'utf8')) as Record<string, GoldEntry[]>;
	const byId = new Map(corpus.texts.map((text) => [text.data.id, { id: text.data.id, data: text.data }]));
	return Promise.all(
		Object.entries(fixture).map(([name, entries]) => {
			const [source, target] = name.split('--').map((id) => byId.get(id)!);
			return evaluate(name, 'tuning', source!, target!, entries, matcher, {
				source: `the ${source!.data.kind}`,
				target: `the ${target!.data.kind}`,
			});
		}),
	);
}

/** A text from its characters, as `loadCorpus` reads one. */
export function makeText(id: string, lang: string, format: TextFormat, body: string): Text {
	const sentences = segmentSentences(body, { lang, format });
	return {
		id,
		data: {
			id,
			lang,
			sentences,
			reading: toReadingView(
				sentences.map((s) => s.text),
				{ lang, format },
			),
		},
	};
}

interface HeldOutFile {
	people: { id: string; spellings: string[] }[];
	pairs: {
		id: string;
		source: { lang: string; format: TextFormat; text: string };
		target: { lang: string; format: TextFormat; text: string };
		findings: GoldEntry[];
	}[];
}

/** The held-out files: the hand-made reviews, and the Declaration with problems put in. */
const HELD_OUT_FILES = ['held-out/reviews.yaml', 'held-out/udhr-perturbed.yaml'];

export async function heldOutPairs(): Promise<EvaluatedPair[]> {
	const files = await Promise.all(HELD_OUT_FILES.map(async (name) => parse(await readFile(join(FIXTURES, name), 'utf8')) as HeldOutFile));
	return Promise.all(
		files.flatMap((file) => {
			const matcher = createMentionMatcher(file.people);
			return file.pairs.map(({ id, source, target, findings }) =>
				evaluate(
					id,
					'held-out',
					makeText(`${id}-source`, source.lang, source.format, source.text),
					makeText(`${id}-target`, target.lang, target.format, target.text),
					findings,
					matcher,
				),
			);
		}),
	);
}
