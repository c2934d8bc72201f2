/**
 * How a generated review differs from the seeds it is cut from, so that search and
 * alignment do real work at scale: names under other spellings of the same person,
 * other numbers, other words from small bilingual vocabularies, and invented proper
 * names (places, titles) drawn from a Zipf-distributed lexicon, so the vocabulary keeps
 * growing with the corpus as a real one does. Every choice is made once per review and
 * applied alike to all its variants, so they still align.
 */
import { findMentions, type MentionMatcher } from '../../../src/people/find-mentions.ts';
import { nameTokens } from '../../../src/text/fold-name.ts';
import type { Random } from '../../lib/seeded-random.ts';

/** Which variant a string belongs to: the tokenized lower-case original, or prose. */
export interface TextStyle {
	lang: 'en' | 'es';
	/** The original: lower-case Penn Treebank tokens, one sentence per line. */
	tokenized: boolean;
}

/** A word in both languages. */
interface Term {
	en: string;
	es: string;
}

/**
 * Interchangeable words: the first of each group is the one the seeds use; a review may
 * use another of its group instead, in every variant.
 */
const SWAP_GROUPS: readonly (readonly Term[])[] = [
	[
		{ en: 'war', es: 'guerra' },
		{ en: 'siege', es: 'asedio' },
		{ en: 'revolution', es: 'revolución' },
		{ en: 'occupation', es: 'ocupación' },
		{ en: 'famine', es: 'hambruna' },
		{ en: 'blockade', es: 'bloqueo' },
	],
	[
		{ en: 'soldiers', es: 'soldados' },
		{ en: 'sailors', es: 'marineros' },
		{ en: 'pilots', es: 'pilotos' },
		{ en: 'partisans', es: 'partisanos' },
		{ en: 'workers', es: 'trabajadores' },
	],
	[
		{ en: 'hero', es: 'héroe' },
		{ en: 'leader', es: 'líder' },
		{ en: 'villain', es: 'villano' },
		{ en: 'martyr', es: 'mártir' },
	],
	[
		{ en: 'tragedy', es: 'tragedia' },
		{ en: 'comedy', es: 'comedia' },
		{ en: 'melodrama', es: 'melodrama' },
		{ en: 'farce', es: 'farsa' },
	],
	[
		{ en: 'victory', es: 'victoria' },
		{ en: 'defeat', es: 'derrota' },
		{ en: 'retreat', es: 'retirada' },
		{ en: 'truce', es: 'tregua' },
	],
	[
		{ en: 'camera', es: 'cámara' },
		{ en: 'lens', es: 'lente' },
		{ en: 'editing', es: 'montaje' },
	],
	[
		{ en: 'love', es: 'amor' },
		{ en: 'grief', es: 'dolor' },
		{ en: 'hope', es: 'esperanza' },
		{ en: 'fear', es: 'miedo' },
	],
];

/**
 * Proper names of the seeds that a review may replace with an invented one: the same
 * invented word in every variant, as names and titles are in real translations.
 */
const PROPER_SLOTS: readonly { en: string[]; es: string[] }[] = [
	{ en: ['moscow'], es: ['Moscú'] },
	{ en: ['russia'], es: ['Rusia'] },
	{ en: ['germany'], es: ['Alemania'] },
	{ en: ['cannes'], es: ['Cannes'] },
	{ en: ['barbarossa'], es: ['Barbarrova'] },
	{ en: ['gulag'], es: ['Gulag'] },
	{ en: ['slavs'], es: ['eslavos'] },
	{ en: ['letyat zhuravli'], es: ['Letyat Zhuravli'] },
	{ en: ['the cranes are flying'], es: ['Las grúas están volando'] },
];

/** Same-language rewordings, for rewrites made from the reading view. */
const PARAPHRASES: readonly (readonly [string, string])[] = [
	['film', 'movie'],
	['films', 'movies'],
	['remarkable', 'notable'],
	['impressive', 'striking'],
	['brilliant', 'superb'],
	['widely', 'broadly'],
	['obviously', 'clearly'],
	['entire', 'whole'],
	['quick', 'fast'],
	['famous', 'celebrated'],
	['great', 'large'],
	['beautiful', 'lovely'],
	['often', 'frequently'],
	['many', 'numerous'],
];

const SYLLABLES = [
	'ba',
	'be',
	'bo',
	'da',
	'de',
	'di',
	'do',
	'ka',
	'ke',
	'ko',
	'ku',
	'la',
	'le',
	'li',
	'lo',
	'ma',
	'me',
	'mi',
	'mo',
	'na',
	'ne',
	'ni',
	'no',
	'pa',
	'pe',
	'po',
	'ra',
	're',
	'ri',
	'ro',
	'ru',
	'sa',
	'se',
	'si',
	'so',
	'ta',
	'te',
	'ti',
	'to',
	'va',
	've',
	'vi',
	'vo',
	'za',
	'zo',
	'dra',
	'gro',
	'kra',
	'pli',
	'sta',
	'tro',
	'vla',
	'zhe',
	'nov',
	'vek',
	'mir',
	'gor',
	'tan',
	'lis',
	'rek',
];

/**
 * The invented word of a lexicon rank: 2 to 4 syllables picked by a hash of the rank,
 * so neighbouring ranks look nothing alike. Lower-case.
 */
export function inventedWord(rank: number): string {
	let h = Math.imul(rank + 1, 0x9e3779b1) >>> 0;
	const next = () => {
		h ^= h >>> 15;
		h = Math.imul(h, 0x2c1b3c6d) >>> 0;
		h ^= h >>> 12;
		h = Math.imul(h, 0x297a2d39) >>> 0;
		h ^= h >>> 15;
		return h >>> 0;
	};
	const count = 2 + (next() % 3);
	let word = '';
	for (let i = 0; i < count; i++) word += SYLLABLES[next() % SYLLABLES.length];
	return word;
}

/** Everything one review varies, chosen once and applied to each of its variants. */
export interface Variation {
	apply(text: string, style: TextStyle): string;
}

export interface VariationOptions {
	matcher: MentionMatcher;
	/** Draws a rank of the invented lexicon. */
	lexicon: (random: Random) => number;
}

/** Draws the choices of one review. */
export function drawVariation(random: Random, { matcher, lexicon }: VariationOptions): Variation {
	const swaps: { from: Term; to: Term }[] = [];
	for (const group of SWAP_GROUPS) {
		if (random.chance(0.5)) swaps.push({ from: group[0]!, to: random.pick(group.slice(1)) });
	}
	const proper: { en: string[]; es: string[]; to: string }[] = [];
	for (const slot of PROPER_SLOTS) {
		if (!random.chance(0.7)) continue;
		const words = slot.en[0]!.split(' ').length > 2 ? 2 : 1;
		const to = Array.from({ length: words }, () => inventedWord(lexicon(random))).join(' ');
		proper.push({ ...slot, to });
	}
	// One spelling per person, per number of words and per language, for the whole review.
	const spellingChoice = new Map<string, string>();
	const spellingFor = (personId: string, words: number, lang: string) => {
		const key = `${personId}\u0000${words}\u0000${lang}`;
		let chosen = spellingChoice.get(key);
		if (chosen === undefined) {
			const candidates = (matcher.spellingsOf.get(personId) ?? []).filter((spelling) => nameTokens(spelling).length === words);
			chosen = candidates.length > 0 ? random.pick(candidates) : '';
			spellingChoice.set(key, chosen);
		}
		return chosen;
	};
	const numbers = new Map<string, string>();
	const renumber = (digits: string) => {
		let to = numbers.get(digits);
		if (to === undefined) {
			to = digits.length === 4 && digits.startsWith('19') ? `19${random.int(10, 99)}` : randomDigits(random, digits);
			numbers.set(digits, to);
		}
		return to;
	};

	return {
		apply(text, style) {
			let result = respell(text, matcher, (personId, words) => spellingFor(personId, words, style.lang), style.tokenized);
			for (const slot of proper) {
				for (const name of slot[style.lang]) result = replaceWords(result, name, slot.to, style.tokenized);
			}
			for (const { from, to } of swaps) result = replaceWords(result, from[style.lang], to[style.lang], style.tokenized);
			return result.replace(/\d+/g, renumber);
		},
	};
}

/** A rewrite's wording for a sentence of the original's reading view. */
export function paraphrase(random: Random, reading: string): string {
	let result = reading;
	for (const [from, to] of PARAPHRASES) {
		if (random.chance(0.6)) result = replaceWords(result, from, to, false);
	}
	return result;
}

function randomDigits(random: Random, digits: string): string {
	let out = '';
	for (let i = 0; i < digits.length; i++)
		out += String(i === 0 && digits.length > 1 && digits[0] !== '0' ? random.int(1, 9) : random.int(0, 9));
	return out;
}

/** `text` with each person's mentions spelt as `spelling(personId, words)` says. */
function respell(text: string, matcher: MentionMatcher, spelling: (personId: string, words: number) => string, lower: boolean): string {
	let result = '';
	let from = 0;
	for (const mention of findMentions(text, matcher)) {
		const chosen = spelling(mention.personId, nameTokens(mention.spelling).length);
		if (!chosen) continue;
		result += text.slice(from, mention.start) + (lower ? chosen.toLowerCase() : chosen);
		from = mention.end;
	}
	return result + text.slice(from);
}

/**
 * Replaces the whole words `from` (any case) with `to`, in the case of what they
 * replace: lower-case in the tokenized original, capitals where the text has them.
 */
function replaceWords(text: string, from: string, to: string, lower: boolean): string {
	const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escapeRegExp(from)}(?![\\p{L}\\p{M}\\p{N}])`, 'giu');
	return text.replace(pattern, (matched) => (lower ? to.toLowerCase() : matchCase(matched, to)));
}

function matchCase(model: string, word: string): string {
	const letters = model.replace(/[^\p{L}]/gu, '');
	if (letters.length > 1 && letters === letters.toUpperCase()) return word.toUpperCase();
	if (/^\p{Lu}/u.test(model)) return word.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
	return word.toLowerCase();
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
