/**
 * Queries in Cyrillic: `Калатозов`, `Урусевский`, `Сталин`. The corpus writes Russian
 * names in the Latin alphabet, in English-language usage, which is what the Wikipedia
 * romanization gives (`Урусевский` → `Urusevsky`); the result is then searched like
 * any typed query, misspellings and all. `iuliia` implements the scheme.
 *
 * Loaded by the search page only when a query has a Cyrillic letter.
 * @see https://iuliia.ru/wikipedia/
 */
import { translate, WIKIPEDIA } from 'iuliia';

/** `query` with its Cyrillic words in the Latin alphabet; other characters unchanged. */
export function transliterateQuery(query: string): string {
	return translate(query, WIKIPEDIA);
}
