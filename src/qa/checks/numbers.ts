/**
 * Numbers: a number on one side of a link with no counterpart on the other. Digits and
 * number words are the same number (`nine` ↔ `nueve` ↔ `9`), an ordinal matches its
 * cardinal (`two` ↔ `Segunda`), separators are read as each language writes them
 * (`1,000` ↔ `1.000`, `2.5` ↔ `2,5`), dates and ranges by their parts (`06-02-41`,
 * `1941-1945`), and a decade or year may drop its century (`the 40's` ↔ `the 1940s`).
 */
import { MAX_WORDS_CHECKED } from '../classify-words.ts';
import { wordDraft, type Draft } from '../draft.ts';
import type { LinkContext, LinkSentence, LinkSide } from '../link-context.ts';
import { numberWord } from '../number-words.ts';
import { residueRanges } from '../residue-pattern.ts';
import type { Side } from '../schema.ts';
import { hasDigit } from '../words.ts';

interface Figure {
	/** The number, normalised: `1000`, `2.5`, `9`. */
	value: string;
	sentence: LinkSentence;
	start: number;
	end: number;
	ordinal: boolean;
}

// Digits with the separators numbers use inside them; ordinal and plural endings follow.
const DIGITS = /\p{Nd}+(?:[.,:/\u2010-]\p{Nd}+)*/gu;
const THOUSANDS = /^\p{Nd}{1,3}(?:([.,])\p{Nd}{3})(?:\1\p{Nd}{3})*$/u;
const MAX_FIGURES = 200;

/**
 * The numbers a run of digits writes, as keys: `06-02-41` → 6, 2, 41; `1,000` → 1000;
 * `2,5` → 2.5. Digits of other scripts are compared as written.
 */
export function readDigits(digits: string): string[] {
	return digits.split(/[:/\u2010-]/).map((group) => {
		if (!/^[0-9.,]+$/.test(group)) return group;
		const number = THOUSANDS.test(group) ? Number(group.replace(/[.,]/g, '')) : Number(group.replace(',', '.'));
		return Number.isNaN(number) ? group : String(number);
	});
}

function figuresOf(side: LinkSide): Figure[] {
	const figures: Figure[] = [];
	for (const sentence of side.sentences) {
		// Digits inside markup or an entity (`&#233;`) are residue.
		const residue = residueRanges(sentence.text);
		let r = 0;
		let skipped = 0;
		for (const match of sentence.text.matchAll(DIGITS)) {
			if (figures.length >= MAX_FIGURES || skipped > MAX_FIGURES) return figures;
			while (r < residue.length && residue[r]!.end <= match.index) r++;
			if (r < residue.length && residue[r]!.start < match.index + match[0].length) {
				skipped++;
				continue;
			}
			for (const value of readDigits(match[0])) {
				figures.push({ value, sentence, start: match.index, end: match.index + match[0].length, ordinal: false });
			}
		}
		for (const word of sentence.words.slice(0, MAX_WORDS_CHECKED)) {
			if (hasDigit(word.text)) continue;
			// `nineteen-year-old`: a number word may open a compound.
			const number = numberWord(word.text, side.lang) ?? numberWord(word.text.split(/[\u2010-]/)[0]!, side.lang);
			if (number) figures.push({ value: String(number.value), ordinal: number.ordinal, sentence, start: word.start, end: word.end });
		}
	}
	return figures;
}

/** `40` and `1940`, `57` and `1957`: a year or decade with and without its century. */
const sameYear = (x: string, y: string) => {
	const [a, b] = [Number(x), Number(y)];
	const [short, long] = a < b ? [a, b] : [b, a];
	return Number.isInteger(short) && short >= 10 && short < 100 && long >= 1000 && long < 2100 && long % 100 === short;
};

/** Pairs equal figures first, then years with their centuries; returns what is left on each side. */
function unmatched(source: Figure[], target: Figure[]): [Figure[], Figure[]] {
	const left = [...target];
	const missing: Figure[] = [];
	const take = (figure: Figure, same: (a: string, b: string) => boolean) => {
		const i = left.findIndex((other) => same(figure.value, other.value));
		if (i === -1) return false;
		left.splice(i, 1);
		return true;
	};
	const rest = source.filter((figure) => !take(figure, (a, b) => a === b));
	for (const figure of rest) if (!take(figure, sameYear)) missing.push(figure);
	return [missing, left];
}

export function checkNumbers(context: LinkContext): Draft[] {
	// A side without sentences is an omission or an addition: that check says so.
	if (context.source.sentences.length === 0 || context.target.sentences.length === 0) return [];
	const [missing, extra] = unmatched(figuresOf(context.source), figuresOf(context.target));
	const draft = (side: Side, figure: Figure) => {
		const text = figure.sentence.text.slice(figure.start, figure.end);
		const other = side === 'source' ? context.labels.target : context.labels.source;
		const shown = figure.value === text ? `“${text}”` : `“${text}” (${figure.value})`;
		return wordDraft('number', side, figure.sentence, figure.start, figure.end, `${shown} has no counterpart in ${other}.`);
	};
	return [
		...missing.filter((figure) => !figure.ordinal).map((figure) => draft('source', figure)),
		...extra.filter((figure) => !figure.ordinal).map((figure) => draft('target', figure)),
	];
}
