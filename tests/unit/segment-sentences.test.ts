import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR, readSeeds } from '../../scripts/generate-text-fixtures.ts';
import { findGluedPeriods, segmentSentences, type Sentence, type TextFormat } from '../../src/text/segment-sentences.ts';

const seeds = await readSeeds();
const FORMATS: readonly TextFormat[] = ['tokenized', 'prose'];

function fixtureLines(base: string, kind: 'sentences' | 'reading'): string[] {
	return readFileSync(path.join(FIXTURE_DIR, `${base}.${kind}.txt`), 'utf8')
		.split('\n')
		.slice(0, -1);
}

function texts(source: string, format: TextFormat, lang = 'en'): string[] {
	return segmentSentences(source, { lang, format }).map((sentence) => sentence.text);
}

/** The hard invariants: spans in order, trimmed, line-bound, and covering every non-space character. */
function coverageProblems(source: string, sentences: readonly Sentence[]): string[] {
	const problems: string[] = [];
	let rebuilt = '';
	let previousEnd = 0;
	sentences.forEach((sentence, i) => {
		const where = `sentence ${i + 1}`;
		if (sentence.id !== `s${i + 1}`) problems.push(`${where}: id ${sentence.id}`);
		if (sentence.text !== source.slice(sentence.start, sentence.end)) problems.push(`${where}: text is not the source slice`);
		if (sentence.start < previousEnd) problems.push(`${where}: overlaps or is out of order`);
		// Trimmed of whitespace, where a U+FEFF is whitespace only as the byte order mark.
		if (!/^[^\s\uFEFF]|^\uFEFF/u.test(sentence.text) || !/[^\s\uFEFF]$|\uFEFF$/u.test(sentence.text)) {
			problems.push(`${where}: empty or not trimmed`);
		}
		if (/[\n\r\u2028\u2029]/.test(sentence.text)) problems.push(`${where}: crosses a line break`);
		const gap = source.slice(previousEnd, sentence.start);
		if (!/^\s*$/.test(gap)) problems.push(`${where}: non-whitespace ${JSON.stringify(gap)} before it`);
		if (strayZwnbsp(source, previousEnd, sentence.start)) problems.push(`${where}: a U+FEFF left in the gap before it`);
		rebuilt += gap + sentence.text;
		previousEnd = sentence.end;
	});
	if (!/^\s*$/.test(source.slice(previousEnd))) problems.push('non-whitespace after the last sentence');
	if (strayZwnbsp(source, previousEnd, source.length)) problems.push('a U+FEFF left after the last sentence');
	if (rebuilt + source.slice(previousEnd) !== source) problems.push('gaps and sentences do not rebuild the source');
	return problems;
}

/** Whether source[from, to) holds a U+FEFF other than the byte order mark. */
function strayZwnbsp(source: string, from: number, to: number): boolean {
	return source.slice(Math.max(from, 1), to).includes('\uFEFF');
}

function expectCoverage(source: string, sentences: readonly Sentence[]): void {
	expect(coverageProblems(source, sentences)).toEqual([]);
}

describe('segmentSentences on the corpus seeds', () => {
	const expectedCounts: Record<string, number> = { '000': 12, '001': 13, '002': 16, '003': 15, '004': 17 };

	it.each(seeds.map((seed) => [seed.base, seed] as const))('%s matches its gold fixture', (_base, seed) => {
		const sentences = segmentSentences(seed.source, seed);
		expect(sentences.map((sentence) => sentence.text)).toEqual(fixtureLines(seed.base, 'sentences'));
		expect(sentences).toHaveLength(expectedCounts[seed.base.slice(0, 3)] ?? -1);
		expectCoverage(seed.source, sentences);
	});

	it('is deterministic', () => {
		for (const seed of seeds) expect(segmentSentences(seed.source, seed)).toEqual(segmentSentences(seed.source, seed));
	});

	it('finds the splits and joins the seeds need', () => {
		const [a001, a003, b004] = ['001', '003', '004'].map((prefix) => {
			const seed = seeds.find((s) => s.base.startsWith(prefix));
			if (!seed) throw new Error(`no seed ${prefix}`);
			return texts(seed.source, seed.format, seed.lang);
		});
		expect(a001?.[0]).toMatch(/a new Soviet Union\.$/);
		expect(a001?.[1]).toMatch(/^Cinema led by/);
		expect(a001?.find((s) => s.includes('(Tatyana Samoilova). , awakening the West'))).toBeDefined();
		expect(a001?.find((s) => s.includes('an imaginary marriage . with Veronica.'))).toBeDefined();
		expect(a003?.find((s) => s.includes('boda imaginaria. con veronica.'))).toBeDefined();
		expect(a003?.find((s) => s.includes('(Tatyana Samoilova). , Desconociendo'))).toBeDefined();
		expect(a003?.filter((s) => /^(?:Cine liderado|El Plan Barbarrova|Trabajo de su)/.test(s))).toHaveLength(3);
		expect(b004?.filter((s) => /multitud\.$|^Permasca más\.$|^La característica notable/.test(s))).toHaveLength(3);
	});
});

describe('segmentSentences, line handling', () => {
	it.each(FORMATS)('%s: never crosses \\n, \\r\\n, \\r, U+2028 or U+2029 and skips blank lines', (format) => {
		const source = 'one\r\ntwo\n\n  \t\nthree\rfour\u2028five\u2029six\r\n';
		const sentences = segmentSentences(source, { lang: 'en', format });
		expect(sentences.map((s) => s.text)).toEqual(['one', 'two', 'three', 'four', 'five', 'six']);
		expectCoverage(source, sentences);
	});

	it('tokenized: each non-blank line is one sentence, trimmed', () => {
		expect(texts('  the crowds.perhaps the most . it was . \n\n second line  ', 'tokenized')).toEqual([
			'the crowds.perhaps the most . it was .',
			'second line',
		]);
	});

	it('tokenized: a line is cut at the glued periods given as cuts, and only there', () => {
		const source = 'the crowds.perhaps the most , e.g.the end .\nnext line.here\n';
		const glued = findGluedPeriods(source);
		expect(glued.map((cut) => source.slice(cut - 7, cut))).toEqual(['crowds.', 't line.']);
		const cut = segmentSentences(source, { lang: 'en', format: 'tokenized', cuts: [glued[0]!] });
		expect(cut.map((sentence) => [sentence.id, sentence.text])).toEqual([
			['s1', 'the crowds.'],
			['s2', 'perhaps the most , e.g.the end .'],
			['s3', 'next line.here'],
		]);
		expectCoverage(source, cut);
		expect(segmentSentences(source, { lang: 'en', format: 'tokenized', cuts: glued }).map((sentence) => sentence.text)).toEqual([
			'the crowds.',
			'perhaps the most , e.g.the end .',
			'next line.',
			'here',
		]);
		// Prose ignores cuts: it cuts at every glued period itself.
		expect(segmentSentences(source, { lang: 'en', format: 'prose', cuts: [3] })).toEqual(
			segmentSentences(source, { lang: 'en', format: 'prose' }),
		);
	});

	// Decision: U+FEFF is whitespace for JavaScript's \s (and String#trim), so a BOM is
	// part of the whitespace gap before the first sentence; offsets still index the text
	// with its BOM, as decodeTextFile keeps it.
	it.each(FORMATS)('%s: a BOM at the start falls in the gap before the first sentence', (format) => {
		expect(/\s/.test('\uFEFF')).toBe(true);
		const source = '\uFEFFFirst line.\nSecond line.';
		const sentences = segmentSentences(source, { lang: 'en', format });
		expect(sentences[0]).toEqual({ id: 's1', text: 'First line.', start: 1, end: 12 });
		expectCoverage(source, sentences);
	});

	// Issue 15.10: JavaScript's \s counts U+FEFF as a space, so trimming with it dropped a
	// U+FEFF at the start or end of a line mid-file from both the sentence JSON and the
	// source view. Only the byte order mark (offset 0) is whitespace.
	it.each(FORMATS)('%s: a U+FEFF at the start or end of a line mid-file stays in its sentence', (format) => {
		const source = '\uFEFFFirst line.\n\uFEFFSecond line.\uFEFF\nThird\uFEFF line.';
		const sentences = segmentSentences(source, { lang: 'en', format });
		expect(sentences.map((s) => s.text)).toEqual(['First line.', '\uFEFFSecond line.\uFEFF', 'Third\uFEFF line.']);
		expectCoverage(source, sentences);
		expect(
			sentences
				.map((s) => s.text)
				.join('')
				.match(/\uFEFF/g),
		).toHaveLength(3);
	});

	it.each(FORMATS)('%s: a line of only U+FEFF is a sentence, as a line of only NUL is', (format) => {
		expect(texts('One.\n \uFEFF\uFEFF \nTwo.', format)).toEqual(['One.', '\uFEFF\uFEFF', 'Two.']);
	});

	it.each(FORMATS)('%s: empty and whitespace-only sources have no sentences', (format) => {
		expect(segmentSentences('', { lang: 'en', format })).toEqual([]);
		expect(segmentSentences('\uFEFF \n\r\n\t\u00a0', { lang: 'en', format })).toEqual([]);
	});
});

describe('segmentSentences, prose repairs', () => {
	it('joins a piece of only punctuation, quotes or <br /> residue to the sentence before', () => {
		expect(texts('The end. " "<br /> <br /> <br />', 'prose')).toEqual(['The end. " "<br /> <br /> <br />']);
		expect(texts('The end. " "', 'prose')).toEqual(['The end. " "']);
		expect(texts('The end. <BR>!', 'prose')).toEqual(['The end. <BR>!']);
	});

	it('keeps a residue-only line as its own sentence: it cannot join across a line break', () => {
		expect(texts('The end.\n<br />', 'prose')).toEqual(['The end.', '<br />']);
	});

	it('continues the sentence after a stray period before a comma or a lower-case word', () => {
		expect(texts('Best Actress (Tatyana Samoilova). , awakening the West.', 'prose')).toHaveLength(1);
		expect(texts('an imaginary marriage . with Veronica. Then it ends.', 'prose')).toEqual([
			'an imaginary marriage . with Veronica.',
			'Then it ends.',
		]);
		expect(texts('una boda imaginaria. con veronica. Esta película.', 'prose', 'es')).toEqual([
			'una boda imaginaria. con veronica.',
			'Esta película.',
		]);
		expect(texts('Is it? yes it is. No!', 'prose')).toEqual(['Is it? yes it is.', 'No!']);
	});

	it('starts a new sentence at a capital after a period', () => {
		expect(texts('a new Soviet Union. Cinema led by him.', 'prose')).toEqual(['a new Soviet Union.', 'Cinema led by him.']);
		expect(texts('de la multitud. Permasca más. La característica notable.', 'prose', 'es')).toHaveLength(3);
	});

	it('keeps a title such as "Dr." with the name after it', () => {
		expect(texts('We saw Dr. Zhivago. It was long.', 'prose')).toEqual(['We saw Dr. Zhivago.', 'It was long.']);
	});

	it('splits a glued "crowds.perhaps" into two sentences, with no gap', () => {
		const source = 'who wanders through the crowds.perhaps the most remarkable feature.';
		const sentences = segmentSentences(source, { lang: 'en', format: 'prose' });
		expect(sentences.map((s) => s.text)).toEqual(['who wanders through the crowds.', 'perhaps the most remarkable feature.']);
		expect(sentences[0]?.end).toBe(sentences[1]?.start);
		expectCoverage(source, sentences);
	});

	it.each([
		'See www.imdb.com for more.',
		'Visit imdb.com/title today.',
		'It is on imdb.com today.',
		'See http://example.org/a.page now.',
		'Write to john.smith@example.org now.',
		'Some, e.g. this one, and i.e.that one.',
		'Open the file notes.txt now.',
		'It is on example.co.uk now.',
		'A camelCase.toString call.',
	])('does not split a URL, address, file name or abbreviation: %s', (source) => {
		expect(texts(source, 'prose')).toEqual([source]);
	});
});

describe('segmentSentences, scale', () => {
	it.each(FORMATS)('%s: 10,000 one-word lines are 10,000 sentences', (format) => {
		const source = Array.from({ length: 10_000 }, (_, i) => `word${i}`).join('\n');
		const sentences = segmentSentences(source, { lang: 'en', format });
		expect(sentences).toHaveLength(10_000);
		expect(sentences.at(-1)).toMatchObject({ id: 's10000', text: 'word9999' });
	});

	it.each(FORMATS)('%s: a 1 MB single sentence takes well under a second', (format) => {
		const source = `${'word, '.repeat(Math.ceil((1 << 20) / 6))}end.`;
		const started = performance.now();
		const sentences = segmentSentences(source, { lang: 'en', format });
		expect(performance.now() - started).toBeLessThan(500);
		expect(sentences).toEqual([{ id: 's1', text: source, start: 0, end: source.length }]);
	});

	it('a 1 MB line of many glued and stray periods stays linear', () => {
		const source = 'Ab. cd.ef gh. '.repeat(Math.ceil((1 << 20) / 14));
		const started = performance.now();
		const sentences = segmentSentences(source, { lang: 'en', format: 'prose' });
		expect(performance.now() - started).toBeLessThan(1000);
		expect(sentences.slice(0, 3).map((s) => s.text)).toEqual(['Ab. cd.', 'ef gh.', 'Ab. cd.']);
		expectCoverage(source, sentences);
	});
});
