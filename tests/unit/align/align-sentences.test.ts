import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../../src/align/align-sentences.ts';
import { formatLink } from '../../../src/align/gold-links.ts';
import { toAlignText } from '../../../src/align/to-align-text.ts';
import type { AlignText, AlignmentLink } from '../../../src/align/types.ts';
import { loadTruecasedCorpus } from '../../../src/truecase/load-truecased-corpus.ts';
import { createMentionMatcher } from '../../../src/people/find-mentions.ts';

/** A text from sentences, numbered s1, s2, … */
function text(id: string, lang: string, sentences: readonly string[]): AlignText {
	return { id, lang, sentences: sentences.map((sentence, i) => ({ id: `s${i + 1}`, text: sentence })) };
}

const matcher = createMentionMatcher([
	{ id: 'napoleon', spellings: ['Napoleon', 'Napoleón'] },
	{ id: 'alexander-i', spellings: ['Tsar Alexander', 'Alexander', 'zar Alejandro', 'Alejandro'] },
]);

// A made-up original and a translation that cuts its third sentence in three and adds a
// translator's note of its own.
const retreat = text('retreat-en', 'en', [
	'In June 1812 Napoleon crossed the Niemen with an army of 600,000 soldiers.',
	'By September the Grande Armée had reached Moscow, which the Russians had abandoned and set on fire.',
	'The emperor waited in the Kremlin for five weeks (in vain) for an offer of peace from Tsar Alexander, then ordered the retreat on 19 October, as the first snow fell on the columns and the Cossacks harassed the stragglers.',
	'Fewer than 100,000 men crossed the Berezina in November.',
	'It was the end of the Grande Armée.',
]);
const retirada = text('retreat-es', 'es', [
	'En junio de 1812 Napoleón cruzó el Niemen con un ejército de 600.000 soldados.',
	'En septiembre la Grande Armée había llegado a Moscú, que los rusos habían abandonado e incendiado.',
	'El emperador esperó en el Kremlin durante cinco semanas (en vano) una oferta de paz del zar Alejandro.',
	'Luego ordenó la retirada el 19 de octubre.',
	'La primera nieve caía sobre las columnas y los cosacos hostigaban a los rezagados.',
	'Nota del traductor: las cifras varían según las fuentes consultadas.',
	'Menos de 100.000 hombres cruzaron el Berezina en noviembre.',
	'Fue el fin de la Grande Armée.',
]);

// Two made-up texts about different things, of similar lengths.
const bread = text('bread-en', 'en', [
	'Mix 500 grams of flour with 350 millilitres of warm water and a pinch of salt.',
	'Knead the dough for ten minutes until it is smooth and elastic.',
	'Leave it to rise in a warm place for about two hours, covered with a cloth.',
	'Shape the loaf, score the top with a sharp knife and bake it at 230 degrees for 40 minutes.',
	'Let the bread cool on a rack before cutting it.',
]);
const partido = text('match-es', 'es', [
	'El partido empezó con un gol del equipo visitante en el minuto 3.',
	'Los locales dominaron la posesión durante toda la primera parte, sin ocasiones claras.',
	'Tras el descanso, el entrenador cambió a dos jugadores y el juego se volvió más rápido.',
	'El empate llegó de penalti a falta de diez minutos, y el estadio estalló de alegría.',
	'Al final, los dos equipos se conformaron con un punto.',
]);

const lines = (links: readonly AlignmentLink[]) => links.map(formatLink);

describe('alignSentences', () => {
	it('finds a 1:3 split and a sentence that only the translation has (0:1)', () => {
		expect(lines(alignSentences(retreat, retirada, { matcher }))).toEqual([
			's1 = s1',
			's2 = s2',
			's3 = s3 s4 s5',
			'- = s6',
			's4 = s7',
			's5 = s8',
		]);
	});

	it('finds the same the other way round: 3:1 and 1:0', () => {
		expect(lines(alignSentences(retirada, retreat, { matcher }))).toEqual([
			's1 = s1',
			's2 = s2',
			's3 s4 s5 = s3',
			's6 = -',
			's7 = s4',
			's8 = s5',
		]);
	});

	it('finds 2:1 and 1:2 links', () => {
		const joined = text('joined', 'en', [
			`${retreat.sentences[0]!.text} ${retreat.sentences[1]!.text}`,
			retreat.sentences[2]!.text,
			retreat.sentences[3]!.text,
			retreat.sentences[4]!.text,
		]);
		const split = text('split', 'en', [
			retreat.sentences[0]!.text,
			retreat.sentences[1]!.text,
			'The emperor waited in the Kremlin for five weeks (in vain) for an offer of peace from Tsar Alexander.',
			'Then he ordered the retreat on 19 October, as the first snow fell on the columns and the Cossacks harassed the stragglers.',
			`${retreat.sentences[3]!.text} ${retreat.sentences[4]!.text}`,
		]);
		expect(lines(alignSentences(joined, split, { matcher }))).toEqual(['s1 = s1 s2', 's2 = s3 s4', 's3 s4 = s5']);
	});

	it('joins a fragment far shorter than its text’s sentences to the link it completes, either way round', () => {
		// A translation that cuts a piece off the start of a long sentence ("Perhaps the
		// cruellest" as "Quizá lo más."): the piece has no counterpart of its own, nor is it
		// a sentence the original leaves out.
		const english = text('cut-en', 'en', [
			'In June 1812 Napoleon crossed the Niemen with an army of 600,000 soldiers, the largest that Europe had ever seen, and marched east towards Moscow.',
			'By September the Grande Armée had reached Moscow, which the Russians had abandoned and set on fire, and the emperor found no one to sign a peace.',
			retreat.sentences[2]!.text,
			'Perhaps the cruellest moment came in November, when fewer than 100,000 men crossed the Berezina on two bridges under Russian fire.',
			'It was the end of the Grande Armée, and the beginning of the coalition that would defeat Napoleon at Leipzig a year later.',
		]);
		const spanish = text('cut-es', 'es', [
			'En junio de 1812 Napoleón cruzó el Niemen con un ejército de 600.000 soldados, el mayor que Europa había visto, y marchó hacia el este, hacia Moscú.',
			'En septiembre la Grande Armée había llegado a Moscú, que los rusos habían abandonado e incendiado, y el emperador no encontró a nadie que firmara la paz.',
			'El emperador esperó en el Kremlin durante cinco semanas (en vano) una oferta de paz del zar Alejandro, luego ordenó la retirada el 19 de octubre, cuando la primera nieve caía sobre las columnas y los cosacos hostigaban a los rezagados.',
			'Quizá lo más.',
			'El momento cruel llegó en noviembre, cuando menos de 100.000 hombres cruzaron el Berezina por dos puentes bajo el fuego ruso.',
			'Fue el fin de la Grande Armée, y el comienzo de la coalición que derrotaría a Napoleón en Leipzig un año después.',
		]);
		expect(lines(alignSentences(english, spanish, { matcher }))).toEqual(['s1 = s1', 's2 = s2', 's3 = s3', 's4 = s4 s5', 's5 = s6']);
		expect(lines(alignSentences(spanish, english, { matcher }))).toEqual(['s1 = s1', 's2 = s2', 's3 = s3', 's4 s5 = s4', 's6 = s5']);
	});

	it('leaves a short sentence alone in a text of short sentences, when its counterpart is missing', () => {
		const steps = text('steps-en', 'en', [
			'Install the build tools first.',
			'Then fetch the source package.',
			'Good luck!',
			'Build it with debuild.',
			'Check the result with lintian.',
		]);
		const pasos = text('steps-es', 'es', [
			'Instale primero las herramientas.',
			'Luego descargue el paquete fuente.',
			'Constrúyalo con debuild.',
			'Compruebe el resultado con lintian.',
		]);
		expect(lines(alignSentences(steps, pasos))).toEqual(['s1 = s1', 's2 = s2', 's3 = -', 's4 = s3', 's5 = s4']);
	});

	it('is sure of the links of a translation, and not of links between unrelated texts', () => {
		const translated = alignSentences(retreat, retirada, { matcher });
		const matched = translated.filter((link) => link.source.length > 0 && link.target.length > 0);
		for (const link of matched) expect(link.confidence, formatLink(link)).toBeGreaterThan(0.4);
		expect(mean(matched.map((link) => link.confidence))).toBeGreaterThan(0.6);

		const unrelated = alignSentences(bread, partido, { matcher });
		for (const link of unrelated) expect(link.confidence, formatLink(link)).toBeLessThan(0.2);
		expect(mean(unrelated.map((link) => link.confidence))).toBeLessThan(0.1);
	});

	it('gives a link with an empty side a confidence of 0, and every link one in [0, 1]', () => {
		for (const link of alignSentences(retreat, retirada, { matcher })) {
			expect(link.confidence).toBeGreaterThanOrEqual(0);
			expect(link.confidence).toBeLessThanOrEqual(1);
			if (link.source.length === 0 || link.target.length === 0) expect(link.confidence).toBe(0);
		}
	});

	it('is deterministic: the same texts give the same links', () => {
		const copy = (t: AlignText): AlignText => structuredClone(t);
		expect(alignSentences(copy(retreat), copy(retirada), { matcher })).toEqual(alignSentences(retreat, retirada, { matcher }));
		expect(alignSentences(bread, partido)).toEqual(alignSentences(bread, partido));
	});

	it('aligns empty texts', () => {
		const empty = text('empty', 'en', []);
		expect(alignSentences(empty, empty)).toEqual([]);
		expect(lines(alignSentences(empty, bread))).toEqual(['- = s1', '- = s2', '- = s3', '- = s4', '- = s5']);
	});

	it('aligns long texts in time', () => {
		const [source, target] = longPair(2000);
		const started = performance.now();
		const links = alignSentences(source, target);
		expect(performance.now() - started).toBeLessThan(10_000);
		expectCoverage(links, source, target);
		// Sentence k of the source is sentence k of the target, give or take the insertions.
		const oneToOne = links.filter((link) => link.source.length === 1 && link.target.length === 1);
		expect(
			oneToOne.filter(
				(link) =>
					source.sentences.findIndex((s) => s.id === link.source[0]) ===
					target.sentences.findIndex((s) => s.id === link.target[0]) - insertionsBefore(target, link.target[0]!),
			).length,
		).toBeGreaterThan(0.95 * source.sentences.length);
	});
});

describe('alignSentences on every pair of the corpus', async () => {
	const root = join(import.meta.dirname, '../../..');
	const corpus = await loadTruecasedCorpus(join(root, 'content'), root);
	const corpusMatcher = createMentionMatcher(corpus.people);
	const texts = corpus.texts.map((loaded) => toAlignText(loaded.data));
	const pairs = texts.flatMap((source) => texts.filter((target) => target !== source).map((target) => [source, target] as const));

	it.each(pairs.map(([source, target]) => [`${source.id} → ${target.id}`, source, target] as const))(
		'%s: every sentence in exactly one link, in order, in shapes 1:1, 1:2, 2:1, 1:3, 3:1, 1:0, 0:1',
		(_name, source, target) => {
			expectCoverage(alignSentences(source, target, { matcher: corpusMatcher }), source, target);
		},
	);
});

/** Every sentence of both texts in exactly one link, in text order; allowed shapes only. */
function expectCoverage(links: readonly AlignmentLink[], source: AlignText, target: AlignText): void {
	expect(links.flatMap((link) => link.source)).toEqual(source.sentences.map((sentence) => sentence.id));
	expect(links.flatMap((link) => link.target)).toEqual(target.sentences.map((sentence) => sentence.id));
	const shapes = new Set(['1:1', '1:2', '2:1', '1:3', '3:1', '1:0', '0:1']);
	for (const link of links) expect(shapes, formatLink(link)).toContain(`${link.source.length}:${link.target.length}`);
}

function mean(values: readonly number[]): number {
	return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/**
 * A long made-up pair: random "words" with a number per sentence, the target spelling
 * each word backwards (so no word is a cognate: only numbers and lengths help) and
 * inserting a sentence of its own now and then.
 */
function longPair(n: number): [AlignText, AlignText] {
	let seed = 7;
	const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
	const vocabulary = Array.from({ length: 2000 }, (_, i) => `w${i.toString(36)}abc`.slice(0, 4 + (i % 4)));
	const source: string[] = [];
	const target: { id: string; text: string }[] = [];
	for (let i = 0; i < n; i++) {
		const words = Array.from({ length: 4 + Math.floor(random() * 30) }, () => vocabulary[Math.floor(random() * vocabulary.length)]!);
		const number = Math.floor(random() * 5000);
		source.push(`${words.join(' ')} ${number}.`);
		if (random() < 0.02) target.push({ id: `x${target.length + 1}`, text: 'An inserted sentence.' });
		target.push({ id: `t${target.length + 1}`, text: `${words.map((word) => [...word].reverse().join('')).join(' ')} ${number}.` });
	}
	return [text('long-source', 'en', source), { id: 'long-target', lang: 'es', sentences: target }];
}

function insertionsBefore(target: AlignText, id: string): number {
	const index = target.sentences.findIndex((sentence) => sentence.id === id);
	return target.sentences.slice(0, index).filter((sentence) => sentence.id.startsWith('x')).length;
}
