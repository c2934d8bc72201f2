/**
 * The parallel texts of the alignment evaluation (`tests/fixtures/parallel/`): public
 * English documents and their Spanish translations made by people, one paragraph per
 * line, line n of one file translated by line n of the other (see the README for each
 * source and its licence). Sentences are found by the site's own segmenter, so the gold
 * links follow from the paragraphs: a paragraph of n sentences translated by one of n
 * links its sentences one to one, in order; one sentence translated by two or three (or
 * the reverse) is one link. A paragraph pair that fits neither is left out of both texts
 * and counted, so a change to the segmenter shows here rather than as a wrong gold link.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type AlignText, type LinkSides } from '../../src/align/index.ts';
import { toReadingView } from '../../src/text/reading-view.ts';
import { segmentSentences } from '../../src/text/segment-sentences.ts';

/** Which part of the evaluation a text belongs to. */
export type EvaluationPart = 'tuning' | 'held-out';

/** The parallel texts, by file name stem, and the part each is in. */
export const PARALLEL_TEXTS: readonly { name: string; part: EvaluationPart }[] = [
	{ name: 'udhr', part: 'tuning' },
	{ name: 'maint-guide', part: 'held-out' },
	{ name: 'debian-reference', part: 'held-out' },
	{ name: 'ubuntu-packaging-guide', part: 'held-out' },
];

/** One parallel text, ready to align and score. */
export interface ParallelText {
	name: string;
	part: EvaluationPart;
	source: AlignText;
	target: AlignText;
	gold: LinkSides[];
	/** Paragraph pairs left out because their sentence counts fit no gold rule. */
	leftOut: number;
	/** Sentence ids of the source and target, grouped by paragraph. */
	paragraphs: { source: string[]; target: string[] }[];
}

/**
 * Reads every parallel text in `dir` (English source, Spanish target), in order: the first
 * text that is wrong is the one reported, whatever the timing of the reads.
 */
export async function readParallelTexts(dir: string): Promise<ParallelText[]> {
	const texts: ParallelText[] = [];
	for (const { name, part } of PARALLEL_TEXTS) texts.push(await readParallelText(dir, name, part));
	return texts;
}

async function readParallelText(dir: string, name: string, part: EvaluationPart): Promise<ParallelText> {
	const [english, spanish] = await Promise.all(['en', 'es'].map((lang) => readFile(join(dir, `${name}.${lang}.txt`), 'utf8')));
	const sourceLines = lines(english!);
	const targetLines = lines(spanish!);
	if (sourceLines.length !== targetLines.length) {
		throw new Error(`${name}: ${sourceLines.length} English paragraphs but ${targetLines.length} Spanish ones`);
	}
	const source: AlignText['sentences'][number][] = [];
	const target: AlignText['sentences'][number][] = [];
	const gold: LinkSides[] = [];
	const paragraphs: ParallelText['paragraphs'] = [];
	let leftOut = 0;
	sourceLines.forEach((line, i) => {
		const english = sentencesOf(line, 'en');
		const spanish = sentencesOf(targetLines[i]!, 'es');
		const links = paragraphLinks(english.length, spanish.length);
		if (!links) {
			leftOut++;
			return;
		}
		const sourceIds = english.map((text) => addSentence(source, text));
		const targetIds = spanish.map((text) => addSentence(target, text));
		for (const [from, to] of links) gold.push({ source: sourceIds.slice(...from), target: targetIds.slice(...to) });
		paragraphs.push({ source: sourceIds, target: targetIds });
	});
	return {
		name,
		part,
		source: { id: `${name}.en`, lang: 'en', sentences: source },
		target: { id: `${name}.es`, lang: 'es', sentences: target },
		gold,
		leftOut,
		paragraphs,
	};
}

type Range = [number, number];

/** The gold links of a paragraph pair of n and m sentences, as index ranges; undefined when no rule fits. */
function paragraphLinks(n: number, m: number): [Range, Range][] | undefined {
	if (n === m)
		return Array.from({ length: n }, (_, k) => [
			[k, k + 1],
			[k, k + 1],
		]);
	if (n === 1 && m <= 3)
		return [
			[
				[0, 1],
				[0, m],
			],
		];
	if (m === 1 && n <= 3)
		return [
			[
				[0, n],
				[0, 1],
			],
		];
	return undefined;
}

function lines(text: string): string[] {
	return text.split('\n').filter((line) => line.trim() !== '');
}

function sentencesOf(paragraph: string, lang: string): string[] {
	const sentences = segmentSentences(paragraph, { lang, format: 'prose' }).map((sentence) => sentence.text);
	return toReadingView(sentences, { lang, format: 'prose' });
}

function addSentence(sentences: AlignText['sentences'][number][], text: string): string {
	const id = `s${sentences.length + 1}`;
	sentences.push({ id, text });
	return id;
}
