import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR, readSeeds } from '../../scripts/generate-text-fixtures.ts';
import { countWords } from '../../src/text/count-words.ts';
import { toReadingView } from '../../src/text/reading-view.ts';
import { segmentSentences } from '../../src/text/segment-sentences.ts';

const seeds = await readSeeds();
const EN_TOKENIZED = { lang: 'en', format: 'tokenized' } as const;
const EN_PROSE = { lang: 'en', format: 'prose' } as const;
const ES_PROSE = { lang: 'es', format: 'prose' } as const;

function fixtureLines(base: string, kind: 'sentences' | 'reading'): string[] {
	return readFileSync(path.join(FIXTURE_DIR, `${base}.${kind}.txt`), 'utf8')
		.split('\n')
		.slice(0, -1);
}

function readOne(sentence: string, options: { lang: string; format: 'tokenized' | 'prose' }): string {
	return toReadingView([sentence], options)[0] ?? '';
}

describe('toReadingView on the corpus seeds', () => {
	// The fixtures hold the published reading view, whose capitals the truecaser restores
	// (src/truecase/): only letter case may differ.
	it.each(seeds.map((seed) => [seed.base, seed] as const))('%s matches its gold fixture, up to letter case', (_base, seed) => {
		const sentences = segmentSentences(seed.source, seed).map((sentence) => sentence.text);
		const lower = (lines: readonly string[]) => lines.map((line) => line.toLowerCase());
		expect(lower(toReadingView(sentences, seed))).toEqual(lower(fixtureLines(seed.base, 'reading')));
		expect(seed.reading).toEqual(fixtureLines(seed.base, 'reading'));
	});

	it('is a view: the input array and its strings are left as they were', () => {
		for (const seed of seeds) {
			const sentences = Object.freeze(fixtureLines(seed.base, 'sentences'));
			const copy = [...sentences];
			const reading = toReadingView(sentences, seed);
			expect(sentences).toEqual(copy);
			expect(reading).not.toBe(sentences);
			expect(reading).toHaveLength(sentences.length);
		}
	});

	it('gives the same view twice: the quote state does not leak between calls', () => {
		const sentences = ['He said ", it goes on.', 'And on ".'];
		expect(toReadingView(sentences, ES_PROSE)).toEqual(toReadingView(sentences, ES_PROSE));
		expect(toReadingView(['Open "quote'], EN_PROSE)).toEqual(['Open \u201Cquote']);
		expect(toReadingView(['Then " end.'], EN_PROSE)).toEqual(['Then end.']);
	});
});

describe('toReadingView, tokenized', () => {
	it('detokenizes, capitalises the first letter and the English pronoun i', () => {
		expect(readOne("it was n't until 1957 , one of the finest i 've seen .", EN_TOKENIZED)).toBe(
			"It wasn't until 1957, one of the finest I've seen.",
		);
		expect(readOne('then i said i would , i.e. not', EN_TOKENIZED)).toBe('Then I said I would, i.e. not');
		expect(readOne("'the cranes are flying ' is both", EN_TOKENIZED)).toBe("'The cranes are flying' is both");
		expect(readOne("`` the camera , '' he said", EN_TOKENIZED)).toBe('\u201CThe camera,\u201D he said');
	});

	it('leaves i alone outside English', () => {
		expect(readOne('la guerra i he visto', { lang: 'es', format: 'tokenized' })).toBe('La guerra i he visto');
	});

	it('does not take a lower-case word after a period for a stray period', () => {
		expect(readOne('it was good . the end', EN_TOKENIZED)).toBe('It was good. the end');
	});
});

describe('toReadingView, cleanup for every format', () => {
	it('drops <br /> residue in any spelling', () => {
		expect(readOne('The end.<br /> <BR> <br/><Br >', EN_PROSE)).toBe('The end.');
	});

	it('collapses runs of spaces and removes the space before closing punctuation', () => {
		expect(readOne('después de la  guerra , pero  ( sí ) ; no !', ES_PROSE)).toBe('Después de la guerra, pero (sí); no!');
		expect(readOne('had fallen ... and the tears', EN_PROSE)).toBe('Had fallen ... and the tears');
	});

	it('removes stray periods', () => {
		expect(readOne('Best Actress (Tatyana Samoilova). , awakening the West.', EN_PROSE)).toBe(
			'Best Actress (Tatyana Samoilova), awakening the West.',
		);
		expect(readOne('an imaginary marriage . with Veronica.', EN_PROSE)).toBe('An imaginary marriage with Veronica.');
		expect(readOne('incluida una boda imaginaria. con veronica.', ES_PROSE)).toBe('Incluida una boda imaginaria con veronica.');
		expect(readOne(', awakening the West.', EN_PROSE)).toBe('Awakening the West.');
	});

	it('keeps the periods of abbreviations, initials and ellipses', () => {
		expect(readOne('Films, etc. and more, e.g. this, by J. r. r. and so on... then', EN_PROSE)).toBe(
			'Films, etc. and more, e.g. this, by J. r. r. and so on... then',
		);
		expect(readOne('Shown at 9 p.m. in the etc., then', EN_PROSE)).toBe('Shown at 9 p.m. in the etc., then');
	});

	it('pairs straight double quotes into curly ones across sentences', () => {
		expect(
			toReadingView(
				[
					'El camarógrafo: "La cámara", una vez declaró ", puede expresar: su Sensaciones interiores.',
					'El camarógrafo debe actuar con los actores ".',
				],
				ES_PROSE,
			),
		).toEqual([
			'El camarógrafo: \u201CLa cámara\u201D, una vez declaró \u201Cpuede expresar: su Sensaciones interiores.',
			'El camarógrafo debe actuar con los actores\u201D.',
		]);
	});

	it('drops a free-standing quote with nothing open (the final " " of file 001)', () => {
		expect(readOne('critics, "the silence ... and the tears opened the doors. " "<br /> <br /> <br />', EN_PROSE)).toBe(
			'Critics, \u201Cthe silence ... and the tears opened the doors.\u201D',
		);
	});

	it('restores a capital after opening quotes and brackets', () => {
		expect(readOne('"las grúas están volando" es un retrato', ES_PROSE)).toBe('\u201CLas grúas están volando\u201D es un retrato');
		expect(readOne('(¿y ahora?) bien', ES_PROSE)).toBe('(¿Y ahora?) bien');
		expect(readOne('1956 was the year', EN_PROSE)).toBe('1956 was the year');
	});

	it('keeps English i in prose as the translator wrote it', () => {
		expect(readOne('The war I have seen, i think.', EN_PROSE)).toBe('The war I have seen, i think.');
	});
});

describe('countWords', () => {
	it('counts word-like segments, not punctuation', () => {
		expect(countWords("It wasn't until 1957, one of the finest I've seen.", 'en')).toBe(10);
		expect(countWords('\u201CLa cámara\u201D, una vez declaró.', 'es')).toBe(5);
		expect(countWords(' ... - , ', 'en')).toBe(0);
		expect(countWords('', 'en')).toBe(0);
	});
});
