/**
 * Measures an aligner in two parts: the tuning part (the seed pairs of `content/` against
 * their gold files, and the Universal Declaration of Human Rights), on which the
 * aligner's settings were chosen, and the held-out part (documentation translated by
 * people, never looked at while tuning), on which it is reported. Each related pair is
 * scored as it is and with sentences or paragraphs removed from either side; unrelated
 * pairs, where no link is right, are aligned within each part. Every two-sided link is
 * kept with its confidence and whether it is right, for the reliability table. Used by
 * `scripts/eval-align.ts` and by the quality test.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
	type AlignmentLink,
	type AlignText,
	alignWithEvidence,
	type LinkSides,
	parseLinks,
	scoreLinks,
	type Scores,
	toAlignText,
} from '../../src/align/index.ts';
import { loadTruecasedCorpus } from '../../src/truecase/load-truecased-corpus.ts';
import { createMentionMatcher } from '../../src/people/find-mentions.ts';
import { dropEachSentence, type PerturbedPair } from './drop-sentence.ts';
import { readParallelTexts, type EvaluationPart } from './parallel-texts.ts';
import { removeParagraphs } from './remove-paragraphs.ts';
import { pairId } from '../../src/compare/variant-pairs.ts';

/** The seed pairs with a gold alignment: source id, target id. */
export const GOLD_PAIRS = [
	['a-en', 'a-en-rewrite'],
	['a-en', 'a-es'],
	['a-en-rewrite', 'a-es'],
	['b-en', 'b-es'],
] as const;

/** Seed texts of different reviews, in both languages: no sentence of one translates one of the other. */
export const UNRELATED_PAIRS = [
	['a-en', 'b-es'],
	['a-es', 'b-en'],
	['a-en-rewrite', 'b-en'],
	['b-en', 'a-es'],
] as const;

/** A link with, where the aligner says, its region's evidence of parallel text. */
export type EvaluatedLink = AlignmentLink & { region?: number | undefined };

/** Something that aligns two texts: `alignWithEvidence`, or another aligner to compare. */
export type Aligner = (source: AlignText, target: AlignText) => EvaluatedLink[];

/** What a link was aligned in: a related pair as it is, one with sentences removed, or unrelated texts. */
export type LinkKind = 'related' | 'removed' | 'unrelated';

/** One two-sided link of the evaluation. */
export interface ScoredLink {
	part: EvaluationPart;
	kind: LinkKind;
	/** The link is one of the gold links. */
	right: boolean;
	confidence: number;
	region: number | undefined;
}

export interface RelatedPairReport {
	name: string;
	part: EvaluationPart;
	/** Over the sentence pairs implied by the links (the standard measure). */
	pairs: Scores;
	/** Over whole links. */
	links: Scores;
	meanConfidence: number;
	/** Mean pair F1 over the variants with sentences removed … */
	removalF1: number;
	/** … and how many variants, made how. */
	removals: number;
	removal: 'one sentence' | 'paragraphs';
}

export interface UnrelatedPairReport {
	name: string;
	part: EvaluationPart;
	/** Two-sided links. */
	links: number;
	meanConfidence: number;
	/** Share of the two-sided links under 0.5. */
	belowHalf: number;
}

export interface AlignmentReport {
	related: RelatedPairReport[];
	unrelated: UnrelatedPairReport[];
	links: ScoredLink[];
}

/**
 * Measures `align` (by default `alignWithEvidence` with the corpus's names index) on the
 * corpus in `corpusDir` with the gold files in `goldDir`, and on the parallel texts in
 * `parallelDir`.
 */
export async function evaluateAlignments(
	corpusDir: string,
	goldDir: string,
	parallelDir: string,
	align?: Aligner,
): Promise<AlignmentReport> {
	const corpus = await loadTruecasedCorpus(corpusDir);
	const matcher = createMentionMatcher(corpus.people);
	const aligner = align ?? ((source, target) => alignWithEvidence(source, target, { matcher }));
	const texts = new Map(corpus.texts.map((text) => [text.data.id, toAlignText(text.data)]));
	const text = (id: string) => texts.get(id) ?? missing(id, corpusDir);
	const links: ScoredLink[] = [];
	const related: RelatedPairReport[] = [];
	const unrelated: UnrelatedPairReport[] = [];

	const measure = (
		name: string,
		part: EvaluationPart,
		source: AlignText,
		target: AlignText,
		gold: LinkSides[],
		variants: PerturbedPair[],
	) => {
		const found = aligner(source, target);
		collect(links, part, 'related', found, gold);
		const removalF1 = mean(
			variants.map((variant) => {
				const cut = aligner(variant.source, variant.target);
				collect(links, part, 'removed', cut, variant.gold);
				return scoreLinks(cut, variant.gold).pairs.f1;
			}),
		);
		const removal = variants[0]?.dropped.includes('paragraphs') ? 'paragraphs' : 'one sentence';
		related.push({
			name,
			part,
			...scoreLinks(found, gold),
			meanConfidence: meanConfidence(found),
			removalF1,
			removals: variants.length,
			removal,
		});
	};
	const measureUnrelated = (part: EvaluationPart, source: AlignText, target: AlignText) => {
		const twoSided = aligner(source, target).filter(isTwoSided);
		collect(links, part, 'unrelated', twoSided, []);
		unrelated.push({
			name: `${source.id} → ${target.id}`,
			part,
			links: twoSided.length,
			meanConfidence: meanConfidence(twoSided),
			belowHalf: twoSided.filter((link) => link.confidence < 0.5).length / Math.max(1, twoSided.length),
		});
	};

	for (const [sourceId, targetId] of GOLD_PAIRS) {
		const gold = parseLinks(await readFile(join(goldDir, `${pairId(sourceId, targetId)}.gold.txt`), 'utf8'));
		measure(
			`${sourceId} → ${targetId}`,
			'tuning',
			text(sourceId),
			text(targetId),
			gold,
			dropEachSentence(text(sourceId), text(targetId), gold),
		);
	}
	const parallel = await readParallelTexts(parallelDir);
	for (const pair of parallel) measure(pair.name, pair.part, pair.source, pair.target, pair.gold, removeParagraphs(pair));

	for (const [sourceId, targetId] of UNRELATED_PAIRS) measureUnrelated('tuning', text(sourceId), text(targetId));
	for (const pair of parallel.filter((pair) => pair.part === 'tuning')) {
		measureUnrelated('tuning', pair.source, text('b-es'));
		measureUnrelated('tuning', text('a-en'), pair.target);
	}
	const heldOut = parallel.filter((pair) => pair.part === 'held-out');
	for (const source of heldOut)
		for (const target of heldOut) if (source !== target) measureUnrelated('held-out', source.source, target.target);
	return { related, unrelated, links };
}

function collect(
	links: ScoredLink[],
	part: EvaluationPart,
	kind: LinkKind,
	found: readonly EvaluatedLink[],
	gold: readonly LinkSides[],
): void {
	const right = new Set(gold.map(linkKey));
	for (const link of found.filter(isTwoSided)) {
		links.push({ part, kind, right: right.has(linkKey(link)), confidence: link.confidence, region: link.region });
	}
}

function isTwoSided(link: LinkSides): boolean {
	return link.source.length > 0 && link.target.length > 0;
}

function linkKey(link: LinkSides): string {
	return `${link.source.join(' ')}=${link.target.join(' ')}`;
}

function meanConfidence(links: readonly AlignmentLink[]): number {
	return mean(links.map((link) => link.confidence));
}

function mean(values: readonly number[]): number {
	return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function missing(id: string, corpusDir: string): never {
	throw new Error(`no text "${id}" in ${corpusDir}`);
}
