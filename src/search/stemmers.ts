/**
 * The stemmer of each supported language, run at build time on the sentences and in
 * the browser on the query, so both sides always agree. Snowball-family stemmers from
 * `@orama/stemmers`: about 1 KB (English) and 2.3 KB (Spanish) gzipped.
 *
 * Typed against `SupportedLanguage`: adding a language to the corpus without giving it
 * a stemmer here fails the type check.
 */
import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemSpanish } from '@orama/stemmers/spanish';
import type { SupportedLanguage } from '../corpus/languages.ts';

export type Stemmer = (word: string) => string;

export const STEMMERS: Record<SupportedLanguage, Stemmer> = {
	// Orama's English is Porter's stemmer, which keeps possessives (`urusevsky's`):
	// Snowball English's step 0 drops them first, so the name is found in both.
	en: (word) => stemEnglish(word.replace(/'(?:s'?)?$/, '')),
	es: stemSpanish,
};
