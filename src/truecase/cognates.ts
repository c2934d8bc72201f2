/**
 * Whether two words of two languages are the same word, as names and their derivatives
 * are across English and Spanish: `russia`/`rusia`, `soviet`/`sovietica`,
 * `patriotic`/`patriotica`, `moscow`/`moscu`. Both are respelt alike (a double letter is
 * single in Spanish, `ph` is `f`, `th` is `t`, `k` is `c`, `y` is `i`), then they must
 * share a beginning of four letters or more that is most of the shorter word: casing
 * needs surer matches than sentence alignment, where chance matches are discounted.
 */

/** The shortest shared beginning that makes two words cognates. */
const MIN_SHARED = 4;
/** The share of the shorter word that the shared beginning must cover. */
const MIN_SHARED_SHARE = 0.6;

const RESPELLINGS: readonly [RegExp, string][] = [
	[/ph/g, 'f'],
	[/([bcdfgjklmnpqrstvwxz])h/g, '$1'],
	[/k/g, 'c'],
	[/y/g, 'i'],
	[/([a-z])\1/g, '$1'],
];

/** A folded word respelt for comparison across languages. */
export function respell(folded: string): string {
	let word = folded;
	for (const [pattern, replacement] of RESPELLINGS) word = word.replace(pattern, replacement);
	return word;
}

/** The bucket a respelt word is filed under: cognates always share it. */
export function cognateBucket(respelt: string): string | undefined {
	return respelt.length >= MIN_SHARED && /^[a-z]+$/.test(respelt) ? respelt.slice(0, MIN_SHARED) : undefined;
}

/** Whether two respelt words are cognates. */
export function areCognates(a: string, b: string): boolean {
	let shared = 0;
	while (shared < a.length && a[shared] === b[shared]) shared++;
	return shared >= MIN_SHARED && shared >= MIN_SHARED_SHARE * Math.min(a.length, b.length);
}
