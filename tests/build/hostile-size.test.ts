import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findBestPath, MAX_BAND } from '../../src/align/find-best-path.ts';
import { LINK_TYPES } from '../../src/align/link-types.ts';
import { compareWords } from '../../src/compare/diff-words.ts';
import { collectMentions } from '../../src/people/collect-mentions.ts';
import { createMentionMatcher, findMentions } from '../../src/people/find-mentions.ts';
import { toReadingView } from '../../src/text/reading-view.ts';
import { segmentSentences } from '../../src/text/segment-sentences.ts';
import { buildCorpus } from './build-corpus.ts';
import { MEGABYTE, sizeTexts, STALIN, writeCorpus } from './hostile-corpora.ts';
import { recoverCharacters, sentencesOf } from './inspect-html.ts';

// Each of these took seconds to hours before it was made linear; the timeouts say "does not hang".
describe('1 MB sentences and 10,000 sentences, in the pure modules', () => {
	const matcher = createMentionMatcher([{ id: 'joseph-stalin', spellings: ['Joseph Stalin', 'Stalin'] }]);
	const megabyteOf = (unit: string) => unit.repeat(Math.ceil(MEGABYTE / unit.length));

	it.each([
		['words', megabyteOf('stalin and the cranes , ')],
		['one word', megabyteOf('a')],
		['spaces', `a${megabyteOf(' ')}b`],
		['periods', megabyteOf('ab. ')],
		['straight quotes', megabyteOf('"')],
		['NUL bytes', megabyteOf('\0')],
		['bidi overrides', megabyteOf('\u202Ex')],
		['tags', megabyteOf('<br />')],
	])(
		'segments and reads a 1 MB line of %s',
		(_name, line) => {
			for (const format of ['tokenized', 'prose'] as const) {
				const sentences = segmentSentences(line, { lang: 'en', format });
				expect(
					sentences
						.map((s) => s.text)
						.join('')
						.replace(/\s/g, ''),
				).toBe(line.replace(/\s/g, ''));
				toReadingView(
					sentences.map((s) => s.text),
					{ lang: 'en', format },
				);
			}
		},
		20_000,
	);

	it('collects thousands of mentions in one sentence in linear time', () => {
		const sentence = megabyteOf('stalin and the cranes , ');
		const text = {
			data: {
				id: 't',
				review: 'r',
				lang: 'en',
				sentences: [{ id: 's1', text: sentence, start: 0, end: sentence.length }],
				reading: [sentence],
			},
		};
		const [stalin] = collectMentions([text], matcher);
		expect(stalin!.count).toBe(findMentions(sentence, matcher).length);
		expect(stalin!.count).toBeGreaterThan(40_000);
	}, 10_000);

	it('aligns 10,000 sentences with 10,000 in a band of bounded width', () => {
		let cells = 0;
		const path = findBestPath(10_000, 10_000, () => (cells++, 0));
		expect(path).toHaveLength(10_000);
		// Linear: each row searches at most 2 · MAX_BAND + 1 cells, each with every link shape
		// (10% of the texts either side, as before the cap, would be 2,001 cells a row).
		expect(cells).toBeLessThanOrEqual(10_001 * (2 * MAX_BAND + 1) * LINK_TYPES.length);
	}, 10_000);

	it('gives up a word diff of two 1 MB passages that share nothing, in bounded work', () => {
		const a = megabyteOf('alpha beta gamma ');
		const b = megabyteOf('delta epsilon zeta ');
		const diff = compareWords(a, b);
		expect(diff.complete).toBe(false);
		expect(diff.similarity).toBe(0);
		expect(diff.source.map((part) => part.text).join('')).toBe(a);
		expect(diff.target.every((part) => part.change !== 'same' || part.text.trim() === '')).toBe(true);
	}, 10_000);
});

// A real build: a 1 MB single sentence with a translation and a rewrite sharing no word,
// and 10,000 one-word sentences with a translation of as many.
describe('a corpus of a 1 MB sentence and 10,000 sentences', () => {
	const BUILD_TIMEOUT = 240_000;
	const texts = sizeTexts();
	let build: ReturnType<typeof buildCorpus>;
	const read = (path: string) => readFileSync(join(build.outDir, path), 'utf8');
	const sentencesJson = (id: string): { id: string; text: string }[] => JSON.parse(read(`data/texts/${id}.json`)).sentences;

	beforeAll(() => {
		build = buildCorpus(writeCorpus('size', texts, STALIN), {}, { timeout: BUILD_TIMEOUT });
		console.info(`hostile-size: built in ${build.ms} ms`);
	}, BUILD_TIMEOUT + 5_000);

	it('builds, in bounded time', () => {
		expect(build.status, build.output.slice(-4000)).toBe(0);
	});

	it('publishes every byte and every sentence', () => {
		for (const text of texts) {
			expect(readFileSync(join(build.outDir, `texts/${text.id}.txt`)).equals(Buffer.from(text.content as string)), text.id).toBe(true);
		}
		expect(sentencesJson('big-en').map((s) => s.text)).toEqual([(texts[0]!.content as string).trim()]);
		expect(sentencesJson('many-en')).toHaveLength(10_000);
		expect(
			sentencesJson('many-es')
				.map((s) => s.text)
				.join('\n'),
		).toBe((texts[4]!.content as string).trim());
	});

	it('shows the 1 MB sentence and the 10,000 sentences whole', () => {
		const [big] = sentencesOf(read('texts/big-en/source/index.html'));
		expect(recoverCharacters(big!.text)).toBe(sentencesJson('big-en')[0]!.text);
		expect(sentencesOf(read('texts/many-en/index.html'))).toHaveLength(10_000);
	});

	it('aligns every sentence of both texts exactly once', () => {
		const { links } = JSON.parse(read('data/alignments/many-en--many-es.json'));
		const ids = (side: 'source' | 'target') => links.flatMap((link: Record<string, string[]>) => link[side]);
		expect(ids('source')).toEqual(sentencesJson('many-en').map((s) => s.id));
		expect(ids('target')).toEqual(sentencesJson('many-es').map((s) => s.id));
		expect(read('compare/big-en/big-rewrite/index.html')).toContain('<del>');
	});

	it('counts every mention of the 1 MB sentences on the person page', () => {
		const people = JSON.parse(read('data/people.json')).people;
		const matcher = createMentionMatcher([{ id: 'joseph-stalin', spellings: ['Joseph Stalin', 'Stalin'] }]);
		const expected = texts.reduce((sum, text) => sum + findMentions(text.content as string, matcher).length, 0);
		expect(people[0].mentions).toBe(expected);
	});
});
