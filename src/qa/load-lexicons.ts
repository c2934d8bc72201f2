/**
 * The Hunspell dictionaries, loaded at build time only (Node): `dictionary-en` and
 * `dictionary-es` (LibreOffice's, packaged by Titus Wormer) through `hunspell-asm`,
 * Hunspell itself compiled to WebAssembly. Nothing here reaches the browser: pages get
 * the findings, never a dictionary.
 *
 * Why not nspell: it expands every affix of a dictionary when it loads it, which took
 * 1.9 s of CPU for Spanish (0.3 s for English), most of the build's budget; Hunspell
 * strips affixes when it looks a word up, and loads both in about 0.3 s.
 */
import { loadModule } from 'hunspell-asm';
import { createLexicon, type Lexicon } from './lexicon.ts';

const DICTIONARIES: Readonly<Record<string, () => Promise<{ default: { aff: Uint8Array; dic: Uint8Array } }>>> = {
	en: () => import('dictionary-en'),
	es: () => import('dictionary-es'),
};

/**
 * A lexicon per language of `langs` that has a dictionary (primary subtags: `en`, `es`);
 * languages without one are left out, and the checks that need one skip them.
 */
export async function loadLexicons(langs: Iterable<string>): Promise<Map<string, Lexicon>> {
	const wanted = [...new Set([...langs].map((lang) => lang.split('-')[0]!.toLowerCase()))].filter((lang) => lang in DICTIONARIES);
	const lexicons = new Map<string, Lexicon>();
	if (wanted.length === 0) return lexicons;
	const factory = await loadModule();
	for (const lang of wanted) {
		const { aff, dic } = (await DICTIONARIES[lang]!()).default;
		const hunspell = factory.create(factory.mountBuffer(aff, `${lang}.aff`), factory.mountBuffer(dic, `${lang}.dic`));
		lexicons.set(
			lang,
			createLexicon(lang, (word) => hunspell.spell(word)),
		);
	}
	return lexicons;
}
