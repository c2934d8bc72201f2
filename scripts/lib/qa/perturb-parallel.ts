/**
 * A held-out test of the translation checks that no one tuned on: the Universal
 * Declaration of Human Rights (`tests/fixtures/parallel/udhr.*.txt`, translated by
 * people) with a reviewer's kind of problem put into three paragraphs out of four, one
 * problem a paragraph, each recorded as the finding a reviewer would flag. Seeded, so
 * every run makes the same texts. Untouched paragraphs and the traps (numbers written as
 * words on one side, a name in another spelling the names index lists) must stay clean;
 * whatever the checks flag in them counts against their precision.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Lexicon } from '../../../src/qa/index.ts';
import { segmentSentences } from '../../../src/text/segment-sentences.ts';
import { createRandom, type Random } from '../../scale/lib/random.ts';
import type { GoldEntry } from './gold-findings.ts';

const SEED = 12;

/** The drafters of the Declaration, as a names index. */
const PEOPLE = [
	{ id: 'eleanor-roosevelt', name: 'Eleanor Roosevelt', spellings: ['Eleanor Roosevelt', 'Roosevelt'] },
	{ id: 'rene-cassin', name: 'René Cassin', spellings: ['René Cassin', 'Cassin'] },
	{ id: 'john-humphrey', name: 'John Peters Humphrey', spellings: ['John Peters Humphrey', 'John Humphrey', 'Humphrey'] },
	{ id: 'charles-malik', name: 'Charles Malik', spellings: ['Charles Malik', 'Charles Habib Malik', 'Malik'] },
	{ id: 'peng-chun-chang', name: 'Peng Chun Chang', spellings: ['Peng Chun Chang', 'P. C. Chang', 'Zhang Pengchun'] },
];

// Sentences a translation could add, in the Declaration's register, with no English counterpart.
const ADDED = [
	'Este principio se aplicará también a las generaciones futuras, sin excepción de ninguna clase.',
	'Las autoridades deberán informar a la población de manera clara y comprensible.',
	'Ningún tribunal podrá invocar la costumbre local para negar lo dispuesto en este artículo.',
	'Los Estados velarán por que estas garantías se respeten en tiempos de paz y de guerra.',
];

const NUMBER_WORDS = [
	['two', 'dos'],
	['three', 'tres'],
	['five', 'cinco'],
	['seven', 'siete'],
	['nine', 'nueve'],
	['twelve', 'doce'],
] as const;

export interface PerturbedText {
	source: string;
	target: string;
	findings: GoldEntry[];
	people: { id: string; spellings: string[] }[];
}

type Paragraph = { en: string; es: string; findings: GoldEntry[] };
/** Puts one problem into a paragraph, or returns false when the paragraph has no room for it. */
type Perturbation = (paragraph: Paragraph, random: Random, lexicons: ReadonlyMap<string, Lexicon>, used: Set<string>) => boolean;

const WORD = /[\p{Ll}]{5,}/gu;
/** The lower-case words of `text` of five letters or more, with their offsets, past the first word. */
const wordsOf = (text: string) =>
	[...text.matchAll(WORD)].filter(
		(match) => match.index > 0 && /\s/.test(text[match.index - 1]!) && !/\p{L}/u.test(text[match.index + match[0].length] ?? ''),
	);

/** A quote of `text` around `at`, at most 40 characters, for a fixture's `in`. */
const around = (text: string, start: number, end: number) => text.slice(Math.max(0, start - 15), Math.min(text.length, end + 15)).trim();

const replaceAt = (text: string, start: number, end: number, by: string) => text.slice(0, start) + by + text.slice(end);

const PERTURBATIONS: Record<string, Perturbation> = {
	// An English word of the paragraph in place of a Spanish one.
	untranslated(p, random, lexicons) {
		const english = wordsOf(p.en)
			.map((m) => m[0])
			.filter((w) => !lexicons.get('es')!.knows(w) && lexicons.get('en')!.knowsCommon(w));
		const spanish = wordsOf(p.es);
		if (english.length === 0 || spanish.length === 0) return false;
		const word = random.pick(english);
		const at = random.pick(spanish);
		p.es = replaceAt(p.es, at.index, at.index + at[0].length, word);
		p.findings.push({ check: 'untranslated', words: word, in: around(p.es, at.index, at.index + word.length) });
		return true;
	},
	// Two neighbouring letters of a Spanish word swapped, when that makes no word of either language.
	'not-a-word'(p, random, lexicons) {
		for (const at of random.shuffle(wordsOf(p.es).filter((m) => m[0].length >= 6))) {
			const word = at[0];
			const i = random.int(1, word.length - 3);
			const garbled = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
			if (garbled === word || lexicons.get('es')!.knows(garbled) || lexicons.get('en')!.knows(garbled)) continue;
			p.es = replaceAt(p.es, at.index, at.index + word.length, garbled);
			p.findings.push({ check: 'not-a-word', words: garbled, in: around(p.es, at.index, at.index + garbled.length) });
			return true;
		}
		return false;
	},
	// A cross-reference whose number differs; or, as a trap, agrees in words and digits.
	number(p, random, _lexicons, used) {
		const [a, b] = [random.int(2, 99), random.int(2, 99)];
		// Each sentence put in is unique, so its quote finds it.
		if (used.has(`en ${a}`) || used.has(`es ${b}`)) return false;
		used.add(`en ${a}`).add(`es ${b}`);
		if (random.chance(0.3)) {
			const [word, palabra] = random.pick(NUMBER_WORDS);
			const value = NUMBER_WORDS.findIndex(([w]) => w === word);
			const digits = String([2, 3, 5, 7, 9, 12][value]);
			const english = random.chance(0.5);
			p.en += ` See article ${english ? word : digits}.`;
			p.es += ` Véase el artículo ${english ? digits : palabra}.`;
			return true;
		}
		if (a === b) return false;
		p.en += ` See article ${a}.`;
		p.es += ` Véase el artículo ${b}.`;
		p.findings.push(
			{ check: 'number', side: 'source', words: String(a), in: `See article ${a}.` },
			{ check: 'number', words: String(b), in: `Véase el artículo ${b}.` },
		);
		return true;
	},
	// A drafter named in English and misspelt, left out, or (a trap) in another listed spelling in Spanish.
	name(p, random, _lexicons, used) {
		const person = random.pick(PEOPLE);
		if (used.has(person.id)) return false;
		used.add(person.id);
		const surname = person.name.split(' ').at(-1)!;
		const kind = random.int(0, 2);
		p.en += ` ${person.name} insisted on this point.`;
		if (kind === 0) {
			const i = random.int(1, surname.length - 3);
			const misspelt = surname.slice(0, i) + surname.slice(i + 1);
			p.es += ` ${person.name.replace(surname, misspelt)} insistió en este punto.`;
			p.findings.push({ check: 'name', words: misspelt, in: `${misspelt} insistió en este punto` });
		} else if (kind === 1) {
			p.es += ' Una de las redactoras insistió en este punto.';
			p.findings.push({ check: 'name', side: 'source', words: person.name, in: `${person.name} insisted on this point` });
		} else {
			p.es += ` ${person.name.normalize('NFD').replace(/\p{M}/gu, '')} insistió en este punto.`;
		}
		return true;
	},
	// The paragraph's last Spanish sentence dropped.
	omission(p) {
		const en = segmentSentences(p.en, { lang: 'en', format: 'prose' });
		const es = segmentSentences(p.es, { lang: 'es', format: 'prose' });
		if (en.length < 2 || en.length !== es.length) return false;
		const dropped = en.at(-1)!.text;
		p.es = p.es.slice(0, es.at(-1)!.start).trimEnd();
		p.findings.push({ check: 'omission', side: 'source', words: dropped.slice(0, 30), in: dropped });
		return true;
	},
	// A Spanish sentence with no English counterpart.
	addition(p, random, _lexicons, used) {
		const added = random.pick(ADDED);
		if (used.has(added)) return false;
		used.add(added);
		p.es += ` ${added}`;
		p.findings.push({ check: 'addition', words: added.slice(0, 30), in: added.slice(0, 40) });
		return true;
	},
	// Markup or mojibake in the Spanish.
	residue(p, random) {
		const spaces = [...p.es.matchAll(/ /g)];
		if (spaces.length < 4) return false;
		const at = spaces[random.int(1, spaces.length - 2)]!.index;
		const residue = random.pick([' <br /> ', ' &amp; ', '&nbsp;', ' <i>', ' Ã© ']);
		p.es = replaceAt(p.es, at, at + 1, residue);
		p.findings.push({ check: 'residue', words: residue.trim(), in: around(p.es, at, at + residue.length) });
		return true;
	},
	// A Spanish word written twice.
	repeat(p, random) {
		const words = [...p.es.matchAll(/(?<=\s)\p{Ll}{2,}(?=\s)/gu)];
		if (words.length === 0) return false;
		const at = random.pick(words);
		const doubled = `${at[0]} ${at[0]}`;
		p.es = replaceAt(p.es, at.index, at.index + at[0].length, doubled);
		p.findings.push({ check: 'repeat', words: doubled, in: around(p.es, at.index, at.index + doubled.length) });
		return true;
	},
};

/** The Declaration in both languages with problems put in, and a reviewer's findings of them. */
export async function perturbParallel(dir: string, lexicons: ReadonlyMap<string, Lexicon>): Promise<PerturbedText> {
	const [en, es] = await Promise.all(['en', 'es'].map((lang) => readFile(join(dir, `udhr.${lang}.txt`), 'utf8')));
	const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');
	const random = createRandom(SEED);
	const kinds = Object.keys(PERTURBATIONS);
	const paragraphs: Paragraph[] = lines(en!).map((line, i) => ({ en: line, es: lines(es!)[i]!, findings: [] }));
	const used = new Set<string>();
	paragraphs.forEach((paragraph, i) => {
		if (i % 4 === 3) return;
		const start = random.int(0, kinds.length - 1);
		// The drawn problem, or the next that fits the paragraph.
		for (let k = 0; k < kinds.length; k++)
			if (PERTURBATIONS[kinds[(start + k) % kinds.length]!]!(paragraph, random, lexicons, used)) return;
	});
	return {
		source: paragraphs.map((p) => p.en).join('\n'),
		target: paragraphs.map((p) => p.es).join('\n'),
		findings: paragraphs.flatMap((p) => p.findings),
		people: PEOPLE.map(({ id, spellings }) => ({ id, spellings })),
	};
}
