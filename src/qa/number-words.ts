/**
 * Numbers written as words, per language: cardinals from two (`one`, `un`, `una` are
 * also articles and pronouns, so they prove nothing) and ordinals, which count as the
 * same number as a cardinal on the other side (`world war two` ↔ `Segunda Guerra
 * Mundial`) but are never flagged themselves (`for the first time` ↔ `por primera vez`).
 */

export interface NumberWord {
	value: number;
	ordinal: boolean;
}

const ENGLISH_CARDINALS = `two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
seventeen eighteen nineteen twenty`.split(/\s+/);
const ENGLISH_TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ENGLISH_ORDINALS = `first second third fourth fifth sixth seventh eighth ninth tenth`.split(/\s+/);
const SPANISH_CARDINALS = `dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis
diecisiete dieciocho diecinueve veinte`.split(/\s+/);
const SPANISH_TENS = ['veinte', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'];
const SPANISH_ORDINALS = `primer segund tercer cuart quint sext séptim octav noven décim`.split(/\s+/);

function table(cardinals: string[], tens: string[], extra: Record<string, number>): Map<string, NumberWord> {
	const words = new Map<string, NumberWord>();
	cardinals.forEach((word, i) => words.set(word, { value: i + 2, ordinal: false }));
	tens.forEach((word, i) => words.set(word, { value: (i + 2) * 10, ordinal: false }));
	for (const [word, value] of Object.entries(extra)) words.set(word, { value, ordinal: false });
	return words;
}

const CARDINALS: Readonly<Record<string, Map<string, NumberWord>>> = {
	en: table(ENGLISH_CARDINALS, ENGLISH_TENS, { hundred: 100, thousand: 1000 }),
	es: table(SPANISH_CARDINALS, SPANISH_TENS, {
		veintidós: 22,
		veintitrés: 23,
		veintiséis: 26,
		veintiuno: 21,
		veintiún: 21,
		cien: 100,
		ciento: 100,
		mil: 1000,
		...Object.fromEntries(
			['uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'].slice(1).map((unit, i) => [`veinti${unit}`, 22 + i]),
		),
	}),
};

/** The number a word writes in `lang`, if any: `nine` → 9, `nueve` → 9, `Segunda` → 2 (ordinal). */
export function numberWord(word: string, lang: string): NumberWord | undefined {
	const primary = lang.split('-')[0]!.toLowerCase();
	const lower = word.toLowerCase();
	const cardinal = CARDINALS[primary]?.get(lower);
	if (cardinal) return cardinal;
	if (primary === 'en') {
		// `twenty-one`: a ten and a unit.
		const [tens, unit, ...rest] = lower.split(/[\u2010-]/);
		const ten = CARDINALS.en!.get(tens!);
		const units = ['one', ...ENGLISH_CARDINALS.slice(0, 8)];
		if (ten && unit && rest.length === 0 && ten.value % 10 === 0 && units.includes(unit))
			return { value: ten.value + units.indexOf(unit) + 1, ordinal: false };
		const index = ENGLISH_ORDINALS.indexOf(lower);
		return index > 0 ? { value: index + 1, ordinal: true } : undefined;
	}
	if (primary === 'es') {
		// Spanish ordinals agree in gender and number: segundo, segunda, segundos, segundas.
		const stem = lower.replace(/(?:o|a|os|as)$/, '');
		const index = SPANISH_ORDINALS.indexOf(stem);
		return index > 0 && stem !== lower ? { value: index + 1, ordinal: true } : undefined;
	}
	return undefined;
}
