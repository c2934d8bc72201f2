/**
 * Builds the search results' DOM. Every string from the index goes in as text (never
 * as HTML): excerpts are parsed into text and `<mark>` pieces first.
 */
import { parseExcerpt } from './excerpt.ts';
import type { PagefindResultData } from './pagefind-api.ts';
import { sentenceLink } from './sentence-link.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
	const node = document.createElement(tag);
	node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

/** One result: which text and sentence, its labels, and the sentence with the hits marked. */
export function renderResult(data: PagefindResultData): HTMLLIElement {
	const { meta } = data;
	const excerpt = parseExcerpt(data.excerpt, data.content);
	const item = element('li', 'search-result');

	const heading = element('h3', 'result-title');
	const link = element('a', 'result-link');
	link.href = sentenceLink(data.url, data.content, excerpt);
	link.append(element('span', 'result-text', meta['title'] ?? data.url), element('span', 'result-sentence', `sentence ${meta['sentence']}`));
	heading.append(link);

	const labels = [meta['language'], meta['kind'], meta['review']].filter(Boolean).join(' · ');
	const excerptNode = element('p', 'result-excerpt');
	if (meta['lang']) excerptNode.lang = meta['lang'];
	for (const piece of excerpt) excerptNode.append(piece.marked ? element('mark', '', piece.text) : document.createTextNode(piece.text));

	item.append(heading, element('p', 'result-meta', labels), excerptNode);
	return item;
}
