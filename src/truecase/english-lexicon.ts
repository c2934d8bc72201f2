/**
 * The English lexicon of compromise (https://github.com/spencermountain/compromise), a
 * maintained NLP library: about 24,000 words and names with their tags. The truecaser
 * asks it two things of a lower-case word: whether it names a place, a people or an
 * organisation (`russia` Country, `german` Demonym, `nato` Organization), and whether it
 * is a function word (`the` Determiner, `of` Preposition), which names skip.
 *
 * Build time only: unpacking the lexicon takes about half a second, once per process;
 * nothing here reaches the browser.
 */
import nlp from 'compromise/two';

/** Tags of compromise that mark a proper name of a place, a people or an organisation. */
const NAME_TAGS = new Set(['Country', 'City', 'Place', 'Region', 'Demonym', 'Organization', 'SportsTeam']);
/** Tags of words that can also be common words: such an entry is not a name by itself. */
const COMMON_TAGS = new Set([
	'Adjective',
	'Verb',
	'Infinitive',
	'PresentTense',
	'PastTense',
	'Gerund',
	'Adverb',
	'Comparative',
	'Superlative',
]);
/** Tags of the closed classes: words that never start a name of their own. */
const FUNCTION_TAGS = new Set([
	'Determiner',
	'Preposition',
	'Conjunction',
	'Pronoun',
	'Possessive',
	'Copula',
	'Modal',
	'QuestionWord',
	'Negative',
	'Auxiliary',
]);

type Lexicon = Readonly<Record<string, string | readonly string[] | undefined>>;

let lexicon: Lexicon | undefined;

function tagsOf(word: string): readonly string[] {
	lexicon ??= (nlp.world() as { model: { one: { lexicon: Lexicon } } }).model.one.lexicon;
	const tags = Object.hasOwn(lexicon, word) ? lexicon[word] : undefined;
	return tags === undefined ? [] : typeof tags === 'string' ? [tags] : tags;
}

/**
 * Whether the words (lower-case, one or more, joined by spaces: `russia`, `labour party`)
 * are a name of a place, a people or an organisation in the lexicon, and nothing else.
 */
export function isLexiconName(words: string): boolean {
	const tags = tagsOf(words);
	return tags.some((tag) => NAME_TAGS.has(tag)) && !tags.some((tag) => COMMON_TAGS.has(tag));
}

/** Whether the lexicon knows `word` as a function word (`the`, `of`, `and`, `his`). */
export function isFunctionWord(word: string): boolean {
	return tagsOf(word).some((tag) => FUNCTION_TAGS.has(tag));
}

const BEFORE_COMMON_WORD_TAGS = new Set(['Determiner', 'Possessive', 'Pronoun']);

/** Whether `word` is a determiner, a possessive or a pronoun (`a`, `his`, `we`): a common word's company. */
export function isPronounOrDeterminer(word: string): boolean {
	return tagsOf(word).some((tag) => BEFORE_COMMON_WORD_TAGS.has(tag));
}

const ARTICLES = new Set(['a', 'an', 'the']);
const MINOR_TITLE_TAGS = new Set(['Preposition', 'Conjunction']);

/** Whether a title keeps `word` in lower case: an article, or a short preposition or conjunction. */
export function isMinorTitleWord(word: string): boolean {
	return ARTICLES.has(word) || (word.length <= 4 && tagsOf(word).some((tag) => MINOR_TITLE_TAGS.has(tag)));
}

/** Whether the lexicon knows `word` at all, as anything. */
export function isKnownWord(word: string): boolean {
	return tagsOf(word).length > 0;
}
