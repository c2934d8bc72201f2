/**
 * The languages this site can publish a text in.
 *
 * A language is supported when the site knows how to name it for readers and how to
 * segment and read it (`Intl.Segmenter` handles any language; the reading view's
 * detokenizer and the search stemmers are tuned for these). Adding a language here is
 * the one change needed to accept texts in it.
 */
export const SUPPORTED_LANGUAGES = {
	en: { name: 'English' },
	es: { name: 'Spanish' },
} as const satisfies Record<string, { name: string }>;

export type SupportedLanguage = keyof typeof SUPPORTED_LANGUAGES;

/** The primary language subtag of a BCP 47 tag, lower-cased: `en-GB` → `en`. */
export function primaryLanguage(tag: string): string {
	return tag.split('-')[0]!.toLowerCase();
}

/** Whether `tag` is a well-formed BCP 47 tag whose primary language is supported. */
export function isSupportedLanguage(tag: string): boolean {
	try {
		Intl.getCanonicalLocales(tag);
	} catch {
		return false;
	}
	return Object.hasOwn(SUPPORTED_LANGUAGES, primaryLanguage(tag));
}

/** The English name of a supported language tag, for labels: `es` → `Spanish`. */
export function languageName(tag: string): string {
	const primary = primaryLanguage(tag) as SupportedLanguage;
	return SUPPORTED_LANGUAGES[primary]?.name ?? tag;
}
