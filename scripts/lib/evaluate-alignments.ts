/**
 * Measures an aligner on the corpus: each gold pair (`tests/fixtures/alignments/`) scored
 * against its gold links, the same pairs with one sentence dropped, and pairs of
 * unrelated texts (review A against review B), where no link is a translation and the
 * mean confidence should be low. Used by `scripts/eval-align.ts` and by the quality test.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { alignSentences } from '../../src/align/align-sentences.ts';
import { parseLinks } from '../../src/align/gold-links.ts';
import { scoreLinks, type Scores } from '../../src/align/score-links.ts';
import { toAlignText } from '../../src/align/to-align-text.ts';
import type { AlignmentLink, AlignText } from '../../src/align/types.ts';
import { loadTruecasedCorpus } from '../../src/truecase/load-truecased-corpus.ts';
import { createMentionMatcher } from '../../src/people/find-mentions.ts';
import { dropEachSentence } from './drop-sentence.ts';

/** The pairs with a gold alignment: source id, target id. */
export const GOLD_PAIRS = [
	['a-en', 'a-en-rewrite'],
	['a-en', 'a-es'],
	['a-en-rewrite', 'a-es'],
	['b-en', 'b-es'],
] as const;

/** Texts of different reviews: no sentence of one translates a sentence of the other. */
export const UNRELATED_PAIRS = [
	['a-en', 'b-es'],
	['a-es', 'b-en'],
] as const;

/** Something that aligns two texts: `alignSentences` with the names index, or another aligner to compare. */
export type Aligner = (source: AlignText, target: AlignText) => AlignmentLink[];

export interface GoldPairReport {
	source: string;
	target: string;
	/** Over the sentence pairs implied by the links (the standard measure). */
	pairs: Scores;
	/** Over whole links. */
	links: Scores;
	meanConfidence: number;
	/** Mean pair F1 over the pair with each sentence of either side dropped in turn. */
	droppedF1: number;
	dropped: number;
}

export interface UnrelatedPairReport {
	source: string;
	target: string;
	links: number;
	meanConfidence: number;
}

export interface AlignmentReport {
	gold: GoldPairReport[];
	unrelated: UnrelatedPairReport[];
}

/**
 * Loads the corpus in `corpusDir` and the gold files in `goldDir` and measures `align`
 * (by default `alignSentences` with the corpus's names index).
 */
export async function evaluateAlignments(corpusDir: string, goldDir: string, align?: Aligner): Promise<AlignmentReport> {
	const corpus = await loadTruecasedCorpus(corpusDir);
	const matcher = createMentionMatcher(corpus.people);
	const aligner = align ?? ((source, target) => alignSentences(source, target, { matcher }));
	const texts = new Map(corpus.texts.map((text) => [text.data.id, toAlignText(text.data)]));
	const text = (id: string) => {
		const found = texts.get(id);
		if (!found) throw new Error(`no text "${id}" in ${corpusDir}`);
		return found;
	};

	const gold = await Promise.all(
		GOLD_PAIRS.map(async ([sourceId, targetId]) => {
			const source = text(sourceId);
			const target = text(targetId);
			const goldLinks = parseLinks(await readFile(join(goldDir, `${sourceId}--${targetId}.gold.txt`), 'utf8'));
			const links = aligner(source, target);
			const perturbed = dropEachSentence(source, target, goldLinks);
			const droppedF1 = mean(perturbed.map((pair) => scoreLinks(aligner(pair.source, pair.target), pair.gold).pairs.f1));
			return {
				source: sourceId,
				target: targetId,
				...scoreLinks(links, goldLinks),
				meanConfidence: meanConfidence(links),
				droppedF1,
				dropped: perturbed.length,
			};
		}),
	);
	const unrelated = UNRELATED_PAIRS.map(([sourceId, targetId]) => {
		const links = aligner(text(sourceId), text(targetId));
		return { source: sourceId, target: targetId, links: links.length, meanConfidence: meanConfidence(links) };
	});
	return { gold, unrelated };
}

function meanConfidence(links: readonly AlignmentLink[]): number {
	return mean(links.map((link) => link.confidence));
}

function mean(values: readonly number[]): number {
	return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}
