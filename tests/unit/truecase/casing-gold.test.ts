import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASING_GOLD, scoreText } from '../../../scripts/eval-casing.ts';
import { loadCorpus } from '../../../src/corpus/load-corpus.ts';
import { scoreCasing } from '../../../src/truecase/score-casing.ts';

const root = resolve(import.meta.dirname, '../../..');
const corpus = await loadCorpus(join(root, 'content'), root);

describe('the truecaser against the casing gold', () => {
	it.each(CASING_GOLD.map(({ text, part }) => [text, part]))('%s (%s): precision and recall of the capitals ≥ 0.95', (text) => {
		const scores = scoreText(corpus, text);
		expect(scores.precision).toBeGreaterThanOrEqual(0.95);
		expect(scores.recall).toBeGreaterThanOrEqual(0.95);
		// The gold is not trivial: most of its capitals are not at a sentence start.
		expect(scores.correct + scores.missed).toBeGreaterThan(50);
	});

	it('owes most capitals to the corpus itself, the first source of evidence', () => {
		for (const { text } of CASING_GOLD) {
			const scores = scoreText(corpus, text);
			expect(scores.bySource.corpus ?? 0).toBeGreaterThan(scores.correct / 2);
		}
	});
});

describe('scoreCasing', () => {
	it('counts a capital in the wrong form as wrong and missed, and skips sentence starts', () => {
		const scores = scoreCasing(['The WWII veterans met Stalin in Moscow.'], ['The Wwii Veterans met stalin in Moscow.'], [[]]);
		expect(scores).toMatchObject({ correct: 1, wrong: 2, missed: 2 });
		expect(scores.precision).toBeCloseTo(1 / 3);
		expect(scores.recall).toBeCloseTo(1 / 3);
	});

	it('refuses a gold whose words are not the text’s', () => {
		expect(() => scoreCasing(['The end.'], ['The start.'], [[]])).toThrow(/sentence 1/);
		expect(() => scoreCasing(['One.', 'Two.'], ['One.'], [[]])).toThrow(/2 sentences/);
	});
});
