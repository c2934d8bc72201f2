/**
 * Names typed with a mistake: `Kalatosov`, `Veronca`, `Eisenstien`, `Urusevskiy`. A run
 * of query words is taken for a spelling of as many words when the two are a few edits
 * apart, scaled to the name's length (Levenshtein distance, `leven`), and, past one
 * edit, also sound alike (Double Metaphone, `double-metaphone`), so `Einstein` (two
 * edits from `Eisenstein`, but not the same sound) is nobody here.
 *
 * Loaded by the search page only when a query has a word no text holds.
 */
import { doubleMetaphone } from 'double-metaphone';
import leven from 'leven';
import type { NamedPerson } from './find-mentions.ts';
import { spellingWords } from './name-query.ts';

/** A spelling close to what was typed. */
export interface CloseName {
	personId: string;
	spelling: string;
	/** Edits from the typed words (letters only, spaces not counted). */
	distance: number;
}

/** Edits allowed in a name of `length` letters: none in a short name, where one edit makes another name. */
export function maxEdits(length: number): number {
	return length < 4 ? 0 : length < 7 ? 1 : length < 12 ? 2 : 3;
}

const soundsOf = (word: string) => new Set(doubleMetaphone(word).filter(Boolean));

/** Whether two words share a Double Metaphone code. */
export function soundAlike(a: string, b: string): boolean {
	const sounds = soundsOf(b);
	return [...soundsOf(a)].some((code) => sounds.has(code));
}

/**
 * The spellings closest to `words` (folded query words, in a row), among spellings of
 * the same number of words; the closest ones only, or none within the allowed edits.
 */
export function closestNames(words: readonly string[], people: readonly NamedPerson[]): CloseName[] {
	const typed = words.join('');
	const allowed = maxEdits(typed.length);
	if (allowed === 0) return [];
	let best: CloseName[] = [];
	for (const person of people) {
		for (const spelling of person.spellings) {
			const parts = spellingWords(spelling);
			if (parts.length !== words.length) continue;
			const distance = leven(typed, parts.join(''), { maxDistance: allowed + 1 });
			if (distance === 0 || distance > allowed) continue;
			if (distance > 1 && !parts.every((part, i) => soundAlike(part, words[i]!))) continue;
			if (best.length > 0 && distance > best[0]!.distance) continue;
			if (best.length > 0 && distance < best[0]!.distance) best = [];
			if (!best.some((close) => close.personId === person.id)) best.push({ personId: person.id, spelling, distance });
		}
	}
	return best;
}
