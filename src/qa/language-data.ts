/**
 * What the checks know of each language beyond its dictionary: small closed classes that
 * Hunspell dictionaries do not settle. Each list is general knowledge of the language,
 * not of this corpus.
 */

export interface LanguageData {
	/**
	 * Words of one letter. Dictionaries list every letter (`I` is Spanish to dictionary-es,
	 * as the letter's name), so a one-letter word is judged by this list alone.
	 */
	oneLetterWords: ReadonlySet<string>;
	/**
	 * Prefixes that make new words freely (`ultrapatrióticas`, `post-Stalin`): a word that
	 * is one of them and a known word of four letters or more is a word.
	 */
	prefixes: readonly string[];
	/** What the language writes after an apostrophe inside a word (`Boris's`, `hasn't`). */
	clitics: readonly string[];
	/** Words the language doubles correctly (`had had`, `that that`). */
	doubles: ReadonlySet<string>;
	/**
	 * Loanwords the language writes unchanged that its dictionary lacks (`shock`,
	 * `thriller` in Spanish): both languages have them, so they are never untranslated.
	 */
	loanwords: ReadonlySet<string>;
	/**
	 * Regular derivations the dictionary leaves out, as an ending and the ending of the
	 * word it is made from: Spanish `-bilidad` from `-ble` (`inevitabilidad`).
	 */
	derivations: readonly (readonly [string, string])[];
}

const ENGLISH_CLITICS = ["'s", "'ve", "'re", "'ll", "'d", "'m", "n't", "'"];

const LANGUAGE_DATA: Readonly<Record<string, LanguageData>> = {
	en: {
		oneLetterWords: new Set(['a', 'i', 'o']),
		prefixes: [
			'anti',
			'co',
			'counter',
			'ex',
			'extra',
			'hyper',
			'inter',
			'mega',
			'micro',
			'mini',
			'multi',
			'neo',
			'non',
			'over',
			'post',
			'pre',
			'pro',
			'pseudo',
			're',
			'self',
			'semi',
			'sub',
			'super',
			'ultra',
			'un',
			'under',
		],
		clitics: ENGLISH_CLITICS,
		doubles: new Set(['had', 'that', 'is']),
		loanwords: new Set(),
		derivations: [],
	},
	es: {
		oneLetterWords: new Set(['a', 'e', 'o', 'u', 'y', 'ó']),
		prefixes: [
			'anti',
			'archi',
			'auto',
			'bi',
			'co',
			'contra',
			'des',
			'ex',
			'extra',
			'hiper',
			'infra',
			'inter',
			'macro',
			'micro',
			'mini',
			'multi',
			'neo',
			'pos',
			'post',
			'pre',
			'pro',
			'pseudo',
			're',
			'semi',
			'seudo',
			'sobre',
			'sub',
			'super',
			'tele',
			'ultra',
			'vice',
		],
		clitics: [],
		doubles: new Set(),
		// Anglicisms the Real Academia's dictionary records as Spanish, in their English spelling.
		loanwords: new Set(
			`baby blues boom boxer camping chat chip clip cocktail copyright cowboy crack dandy dossier eslogan flash flashback
			glamour gag gay hall hippie hippy hobby hooligan jeep lifting light lobby look marine master mister
			nylon offside okey overbooking parking penalti performance ping playboy poster pub punk quark ranking rally
			reality remake ring sándwich sexy sheriff shock short show sketch slip smoking spot spray sprint squash
			staff stand standing stock stop striptease suspense thriller top topless tráiler travelling trust vintage
			walkman western windsurf yuppie zoom`.split(/\s+/),
		),
		derivations: [['bilidad', 'ble']],
	},
};

/** What the checks know of `lang` (its primary subtag), or nothing. */
export function languageData(lang: string): LanguageData | undefined {
	return LANGUAGE_DATA[lang.split('-')[0]!.toLowerCase()];
}
