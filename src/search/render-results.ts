/**
 * Builds the search results' DOM. Every string from the index goes in as text (never
 * as HTML): excerpts are text and `<mark>` pieces.
 */
import { excerptOf } from './excerpt.ts';
import { restoreMarkers } from './pagefind-markers.ts';
import type { PagefindResultData } from './pagefind-api.ts';
import type { SearchRecordField } from './search-records.ts';
import { sentenceLink } from './sentence-link.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
	const node = document.createElement(tag);
	node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

/** One result: which text and sentence, its labels, and the sentence with the hits marked. */
export function renderResult(data: PagefindResultData): HTMLLIElement {
	// What a result shows comes as filter values (src/search/search-records.ts says why).
	const value = (field: SearchRecordField) => {
		const stored = data.filters[field]?.[0];
		return stored === undefined ? undefined : restoreMarkers(stored);
	};
	const sentence = value('reading') ?? '';
	const excerpt = excerptOf(sentence, data.locations);
	const item = element('li', 'search-result');

	const heading = element('h3', 'result-title');
	const link = element('a', 'result-link');
	link.href = sentenceLink(data.url, sentence, excerpt.pieces);
	const number = /#s(\d+)$/.exec(data.url)?.[1];
	link.append(element('span', 'result-text', value('title') ?? data.url));
	if (number) link.append(element('span', 'result-sentence', `sentence ${number}`));
	heading.append(link);

	const labels = [value('language'), value('kind'), value('review')].filter(Boolean).join(' · ');
	const excerptNode = element('p', 'result-excerpt');
	const lang = value('lang');
	if (lang) excerptNode.lang = lang;
	if (excerpt.cutBefore) excerptNode.append('… ');
	for (const piece of excerpt.pieces)
		excerptNode.append(piece.marked ? element('mark', '', piece.text) : document.createTextNode(piece.text));
	if (excerpt.cutAfter) excerptNode.append(' …');

	item.append(heading, element('p', 'result-meta', labels), excerptNode);
	return item;
}
