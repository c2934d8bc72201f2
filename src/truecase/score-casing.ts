/**
 * Scoring a truecased reading view against a casing gold (one line per sentence, every
 * word in the case it should carry): precision and recall of the capitals, over the
 * words that do not start a sentence (those are always capitalised), and the source of
 * each capital found.
 */
import type { CaseSource } from './truecase-text.ts';
import { caseShape } from './word-shape.ts';
import { wordsOf } from './word-positions.ts';

export interface CasingScores {
	/** Capitals written as the gold writes them. */
	correct: number;
	/** Capitals the gold does not have, or has in another form (`Wwii` for `WWII`). */
	wrong: number;
	/** Capitals of the gold written otherwise. */
	missed: number;
	precision: number;
	recall: number;
	/** Correct capitals per source. */
	bySource: Partial<Record<CaseSource, number>>;
}

/**
 * Scores `predicted` against `gold`, sentence by sentence.
 * @param sources The source of each predicted word's capital (`truecaseCorpusWithSources`).
 * @throws {Error} when a sentence's words differ from the gold's other than by case.
 */
export function scoreCasing(
	gold: readonly string[],
	predicted: readonly string[],
	sources: readonly (readonly (CaseSource | undefined)[])[],
): CasingScores {
	if (gold.length !== predicted.length) throw new Error(`the gold has ${gold.length} sentences, the text ${predicted.length}`);
	const scores: CasingScores = { correct: 0, wrong: 0, missed: 0, precision: 1, recall: 1, bySource: {} };
	gold.forEach((goldLine, s) => {
		const predictedLine = predicted[s]!;
		const goldWords = wordsOf(goldLine);
		const words = wordsOf(predictedLine);
		if (goldWords.map((word) => word.folded).join(' ') !== words.map((word) => word.folded).join(' ')) {
			throw new Error(`sentence ${s + 1}: the gold's words are not the text's: ${JSON.stringify(goldLine)}`);
		}
		goldWords.forEach((goldWord, w) => {
			if (goldWord.position === 'sentence-start') return;
			const expected = goldLine.slice(goldWord.start, goldWord.end);
			const actual = predictedLine.slice(words[w]!.start, words[w]!.end);
			const expectedCapital = caseShape(expected) !== 'lower';
			if (expectedCapital && actual === expected) {
				scores.correct++;
				const source = sources[s]?.[w] ?? 'sentence start';
				scores.bySource[source] = (scores.bySource[source] ?? 0) + 1;
				return;
			}
			if (caseShape(actual) !== 'lower' && actual !== expected) scores.wrong++;
			if (expectedCapital) scores.missed++;
		});
	});
	scores.precision = scores.correct / Math.max(1, scores.correct + scores.wrong);
	scores.recall = scores.correct / Math.max(1, scores.correct + scores.missed);
	return scores;
}
