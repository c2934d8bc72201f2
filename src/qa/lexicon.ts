/**
 * Whether a language knows a word: its Hunspell dictionary (`spell`), asked about the
 * word as written and, for what dictionaries leave out, about its parts: the words of a
 * hyphenated compound, a word after a free prefix, a word before a clitic. Answers are
 * cached, so each distinct word costs one look-up per build.
 */
import { languageData, type LanguageData } from './language-data.ts';
import { PLACE_NAMES } from './place-names.ts';

/** What the checks ask of a language. */
export interface Lexicon {
	/** The primary language subtag: `en`, `es`. */
	readonly lang: string;
	/** Whether the language knows `word` as written (`Soldados`, `MERE`, `Moscú`). */
	knows(word: string): boolean;
	/** Whether `word` is a common word of the language: known in lower case (`wartime`, not `moscow`). */
	knowsCommon(word: string): boolean;
}

const MIN_PREFIXED = 4;

/**
 * A lexicon over a spell checker.
 * @param spell the dictionary's own answer for one word (Hunspell's `spell`).
 */
export function createLexicon(lang: string, spell: (word: string) => boolean): Lexicon {
	const primary = lang.split('-')[0]!.toLowerCase();
	const data: LanguageData = languageData(primary) ?? {
		oneLetterWords: new Set(),
		prefixes: [],
		clitics: [],
		doubles: new Set(),
		loanwords: new Set(),
		derivations: [],
	};
	const places = PLACE_NAMES[primary] ?? new Set<string>();
	const cache = new Map<string, boolean>();
	const spelled = (word: string) => {
		let known = cache.get(word);
		if (known === undefined) cache.set(word, (known = spell(word)));
		return known;
	};
	const knowsWhole = (word: string): boolean => {
		if ([...word].length === 1) return data.oneLetterWords.has(word.toLowerCase());
		const lower = word.toLowerCase();
		if (places.has(word) || data.loanwords.has(lower) || spelled(word)) return true;
		for (const [ending, base] of data.derivations) {
			if (lower.endsWith(ending) && lower.length > ending.length + 2 && spelled(lower.slice(0, -ending.length) + base)) return true;
		}
		const prefix = data.prefixes.find((p) => lower.startsWith(p) && lower.length - p.length >= MIN_PREFIXED);
		return prefix !== undefined && spelled(word.slice(prefix.length)) && !/^\p{Lu}/u.test(word.slice(prefix.length));
	};
	const knows = (word: string): boolean => {
		const normal = word.replace(/’/g, "'");
		if (knowsWhole(normal)) return true;
		const clitic = data.clitics.find((c) => normal.toLowerCase().endsWith(c) && normal.length > c.length);
		if (clitic && knowsWhole(normal.slice(0, -clitic.length))) return true;
		const parts = normal.split(/[\u2010-]/);
		if (parts.length < 2) return false;
		// A hyphen's first parts may be free prefixes (`post-Stalin`, `ex-director`).
		return parts.every((part, i) => knowsWhole(part) || (i < parts.length - 1 && data.prefixes.includes(part.toLowerCase())));
	};
	return { lang: primary, knows, knowsCommon: (word) => knows(word.toLowerCase()) };
}
