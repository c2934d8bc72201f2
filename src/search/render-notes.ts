/**
 * What the page says around the results: the status line (how many sentences match,
 * or which words no text has), a card for each person the query names, and the nearest
 * words the corpus holds for a word it does not. Text only, never HTML.
 */
import { element } from './create-element.ts';
import type { PersonMatch } from './search-engine.ts';
import { quoteQuery } from './parse-query.ts';
import type { Suggestions } from './suggest-words.ts';
import { languageName } from '../corpus/languages.ts';

/** `a`, `a or b`, `a, b or c`, each emphasised. */
function listOf(words: readonly string[]): (Node | string)[] {
	return words.flatMap((word, i) => [...(i === 0 ? [] : [i === words.length - 1 ? ' or ' : ', ']), element('em', '', word)]);
}

/**
 * The status line's content.
 * @param exact Whether `found` is every match, or only those read so far (a large corpus is read block by block).
 */
export function statusContent(query: string, found: number, missing: readonly string[], exact = true): (Node | string)[] {
	if (missing.length > 0) return ['No text has ', ...listOf(missing), '.'];
	if (!exact) {
		if (found === 0) return [`No sentence matches ${quoteQuery(query)} in the texts searched so far: show more results to search on.`];
		return [`At least ${found.toLocaleString('en')} ${found === 1 ? 'sentence matches' : 'sentences match'} ${quoteQuery(query)}.`];
	}
	if (found === 0) return [`No sentence matches ${quoteQuery(query)}: each word is in the texts, but never all of them in one sentence.`];
	return [`${found} ${found === 1 ? 'sentence matches' : 'sentences match'} ${quoteQuery(query)}.`];
}

const HOW: Record<PersonMatch['how'], (typed: string) => string> = {
	spelling: () => 'Searched under every spelling:',
	beginning: (typed) => `A name beginning “${typed}”, searched under every spelling:`,
	close: (typed) => `No text has “${typed}”; the closest name, searched under every spelling:`,
};

/** A card for a person the query names: who they are, the spellings searched, their page. */
export function personCard({ person, how, typed }: PersonMatch): HTMLElement {
	const card = element('section', 'person-card');
	card.setAttribute('aria-label', person.name);
	const name = element('p', 'person-card-name');
	const link = element('a', '', person.name);
	link.href = person.url;
	name.append(link, ' ', element('span', 'person-card-role', person.role));
	const spellings = element('p', 'person-card-spellings', `${HOW[how](typed)} `);
	spellings.append(...person.spellings.flatMap((spelling, i) => [...(i > 0 ? [', '] : []), element('span', 'spelling', spelling)]));
	card.append(name, element('p', 'person-card-description', person.description), spellings);
	return card;
}

/** “Did you mean …” for each word no text has: the nearest words by language, and names, as links to that search. */
export function suggestionsNote(query: string, all: readonly Suggestions[], searchUrl: (query: string) => string): HTMLElement | undefined {
	const useful = all.filter((entry) => entry.byLanguage.length > 0 || entry.names.length > 0);
	if (useful.length === 0) return undefined;
	const note = element('div', 'suggestions');
	for (const { word, byLanguage, names } of useful) {
		const heading = element('p', 'suggestions-title', 'Did you mean, instead of ');
		heading.append(element('em', '', word), ':');
		const list = element('ul', 'suggestion-list');
		const group = (label: string, words: readonly string[], lang?: string) => {
			const item = element('li', '', `${label}: `);
			words.forEach((suggestion, i) => {
				if (i > 0) item.append(', ');
				const link = element('a', 'suggestion', suggestion);
				link.href = searchUrl(replaceWord(query, word, suggestion));
				if (lang) link.lang = lang;
				item.append(link);
			});
			list.append(item);
		};
		for (const { language, words } of byLanguage) group(`in ${languageName(language)}`, words, language);
		if (names.length > 0) group('a name', names);
		note.append(heading, list);
	}
	return note;
}

/** `query` with its first `word` replaced. */
function replaceWord(query: string, word: string, replacement: string): string {
	const at = query.indexOf(word);
	return at < 0 ? replacement : query.slice(0, at) + replacement + query.slice(at + word.length);
}
