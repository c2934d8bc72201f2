/**
 * Capitalising names in the reading view as the names index writes them: the lower-cased
 * originals say `veronica`, `sergei uresevsky`; readers should see `Veronica`,
 * `Sergei Uresevsky`. Only letter case ever changes, never a letter: a match is recased
 * after the spelling it matched (`Mention.spelling`), so `Veronica` stays `Veronica`
 * even though the canonical name is `Veronika`.
 */
import { foldName, nameTokens } from '../text/fold-name.ts';
import type { Mention } from './find-mentions.ts';

const MARK = /^\p{M}$/u;

/**
 * `matched` (a name as found in a text) with the letter case of `spelling` (the spelling
 * it matched): `canonicalCase('stalin', 'Stalin')` is `Stalin`. Returns `matched`
 * unchanged when the two are not the same name once folded. What lies between words
 * (spaces, hyphens) is kept as written, and the UTF-16 length never changes.
 */
export function canonicalCase(matched: string, spelling: string): string {
	const words = nameTokens(matched);
	const model = nameTokens(spelling);
	if (words.length !== model.length || foldName(matched) !== foldName(spelling)) return matched;
	let result = '';
	let from = 0;
	words.forEach((word, i) => {
		const target = model[i]!;
		result += matched.slice(from, word.start) + recaseWord(matched.slice(word.start, word.end), spelling.slice(target.start, target.end));
		from = word.end;
	});
	return result + matched.slice(from);
}

/**
 * `text` with every mention recased by `canonicalCase`. Offsets are unchanged, so the
 * mentions (and any other offsets into `text`) stay valid for the result.
 */
export function recaseMentions(text: string, mentions: readonly Mention[]): string {
	let result = '';
	let from = 0;
	for (const { start, end, spelling } of mentions) {
		result += text.slice(from, start) + canonicalCase(text.slice(start, end), spelling);
		from = end;
	}
	return result + text.slice(from);
}

/**
 * Recases one word letter by letter after the model word's letters (`recaseWord('wwii',
 * 'WWII')` is `WWII`), never changing a letter or the UTF-16 length. Accents may differ
 * (`Kalatozov` after `Kalatózov`): the model is decomposed and its marks skipped, and
 * the word's own marks are kept. When the letters do not pair up one to one (`ß` and
 * `ss`), only the first letter takes the model's case.
 */
export function recaseWord(word: string, model: string): string {
	const modelLetters = [...model.normalize('NFD')].filter((char) => !MARK.test(char));
	const chars = [...word];
	const letterCount = chars.filter((char) => !MARK.test(char)).length;
	if (letterCount !== modelLetters.length) {
		const [first = '', ...rest] = chars;
		return withCaseOf(first, modelLetters[0] ?? '') + rest.join('');
	}
	let k = 0;
	return chars.map((char) => (MARK.test(char) ? char : withCaseOf(char, modelLetters[k++]!))).join('');
}

/** `char` in the case of `model`, if that changes neither the letter nor the length. */
function withCaseOf(char: string, model: string): string {
	const isUpper = model !== model.toLowerCase();
	const isLower = model !== model.toUpperCase();
	const recased = isUpper ? char.toUpperCase() : isLower ? char.toLowerCase() : char;
	return recased.length === char.length && recased.toLowerCase() === char.toLowerCase() ? recased : char;
}
