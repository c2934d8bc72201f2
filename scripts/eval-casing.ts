/**
 * The truecaser against the casing gold (tests/fixtures/casing/): precision, recall and
 * the share of each source of evidence, for each original, with the whole corpus, with
 * its own review alone (no other review's cased text to learn from), and with each
 * source of evidence alone (titles, the reading view's and spelling rules always on).
 *
 * Usage: npm run eval:case
 */
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { loadCorpus, type Corpus } from '../src/corpus/load-corpus.ts';
import { scoreCasing, type CasingScores } from '../src/truecase/score-casing.ts';
import { truecaseCorpusWithSources } from '../src/truecase/truecase-corpus.ts';
import { ALL_EVIDENCE, type Evidence } from '../src/truecase/truecase-text.ts';

const root = resolve(import.meta.dirname, '..');
/** Review A tuned the truecaser; review B is held out. */
export const CASING_GOLD = [
	{ text: 'a-en', part: 'tuning' },
	{ text: 'b-en', part: 'held out' },
] as const;

/** The gold lines of a text, from its fixture. */
export function readCasingGold(source: string): string[] {
	const file = join(root, 'tests', 'fixtures', 'casing', `${basename(source, '.txt')}.casing.txt`);
	return readFileSync(file, 'utf8')
		.split('\n')
		.filter((line) => line !== '' && !line.startsWith('#'));
}

/** Scores of `textId` truecased within `corpus`, with some sources of evidence only. */
export function scoreText(corpus: Corpus, textId: string, evidence?: readonly Evidence[]): CasingScores {
	const { corpus: truecased, sources } = truecaseCorpusWithSources(corpus, evidence);
	const text = truecased.texts.find((candidate) => candidate.data.id === textId)!;
	return scoreCasing(readCasingGold(text.data.source), text.data.reading, sources.get(textId)!);
}

/** `corpus` with only the texts of one review. */
export function reviewAlone(corpus: Corpus, review: string): Corpus {
	return { ...corpus, texts: corpus.texts.filter((text) => text.data.review === review) };
}

function format(scores: CasingScores): string {
	const total = scores.correct;
	const shares = Object.entries(scores.bySource)
		.sort((a, b) => b[1] - a[1])
		.map(([source, count]) => `${source} ${((100 * count) / total).toFixed(0)}%`)
		.join(', ');
	return `P ${scores.precision.toFixed(3)}  R ${scores.recall.toFixed(3)}  (${scores.correct} right, ${scores.wrong} wrong, ${scores.missed} missed)  ${shares}`;
}

async function main(): Promise<void> {
	const corpus = await loadCorpus(join(root, 'content'), root);
	for (const { text, part } of CASING_GOLD) {
		const review = corpus.texts.find((candidate) => candidate.data.id === text)!.data.review;
		console.log(`${text} (${part}), whole corpus:   ${format(scoreText(corpus, text))}`);
		console.log(`${text} (${part}), its review only: ${format(scoreText(reviewAlone(corpus, review), text))}`);
		for (const alone of ALL_EVIDENCE) console.log(`${text} (${part}), ${alone} alone: ${format(scoreText(corpus, text, [alone]))}`);
		console.log(`${text} (${part}), none of them: ${format(scoreText(corpus, text, []))}`);
	}
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) await main();
