/**
 * Cognate keys: words that look alike across English and Spanish (and, within one
 * language, across inflections) get the same key. A word is respelt the way both
 * languages would, then cut to its first four letters, Simard, Foster & Isabelle's
 * cognate test ("Using cognates to align sentences in bilingual corpora", 1992):
 * `soviet`/`soviético` → `sovi`, `psychological`/`psicológico` → `psic`,
 * `spectacular`/`espectacular` → `spec`, `kaleidoscope`/`caleidoscopio` → `cale`,
 * `nation`/`nación` → `naci`, `theater`/`teatro` → `teat`. Keys are only compared for
 * equality, so matching is a hash look-up whatever the corpus size. False friends and
 * unrelated words with a common start match too: rarity weighting (`sentence-profiles.ts`)
 * and the confidence score (`score-confidence.ts`) discount what chance explains. On
 * the seed pairs, four letters give related links a higher confidence and unrelated
 * ones a lower one than five.
 */

/** A word shorter than this is not an anchor at all. */
export const MIN_WORD_LENGTH = 4;
/** Letters a key keeps. */
const PREFIX_LENGTH = 4;

// The respellings that matter between English and Spanish, the corpus's languages. Both
// sides of a pair are respelt alike, so they never hurt a same-language pair.
const REWRITES: readonly [RegExp, string][] = [
	[/ph/g, 'f'],
	// `th` → `t`, `ch` → `c`, `rh` → `r`: Spanish keeps no `h` after a consonant.
	[/([b-df-gj-np-tv-z])h/g, '$1'],
	[/k/g, 'c'],
	[/y/g, 'i'],
	// `-tion` is `-ción`.
	[/ti(?=o)/g, 'ci'],
	// Spanish puts an `e` before s + consonant: `escena` is `scene`.
	[/^es(?=[b-df-hj-np-tv-z])/, 's'],
	// Double letters are single in Spanish: `communist` is `comunista`.
	[/([a-z])\1/g, '$1'],
];

/**
 * The cognate key of a folded word (lower-case, unaccented, as `foldToken` makes it),
 * or undefined when the word is too short or a stop word.
 */
export function cognateKey(folded: string, stopWords: ReadonlySet<string>): string | undefined {
	if (folded.length < MIN_WORD_LENGTH || stopWords.has(folded) || /\d/.test(folded)) return undefined;
	let key = keys.get(folded);
	if (key === undefined) {
		let word = folded;
		for (const [pattern, replacement] of REWRITES) word = word.replace(pattern, replacement);
		// Respelling may leave fewer than four letters (`ella` → `ela`): still a key.
		key = word.slice(0, PREFIX_LENGTH);
		if (keys.size >= MAX_CACHED) keys.clear();
		keys.set(folded, key);
	}
	return key;
}

// A language's words are few and recur in every pair a text is aligned in: respell each
// once. Bounded, so that a stream of unique tokens cannot grow it without end.
const keys = new Map<string, string>();
const MAX_CACHED = 100_000;
