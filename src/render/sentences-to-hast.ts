import type { Element, Root } from 'hast';
import { h } from 'hastscript';

/** The class of the element that holds a sentence's text, where plugins may enrich it. */
export const SENTENCE_TEXT_CLASS = 'sentence-text';

/** Whether `node` is a sentence's text (`span.sentence-text`), where plugins may enrich it. */
export function isSentenceText(node: Root | Element): node is Element {
	if (node.type !== 'element' || node.tagName !== 'span') return false;
	const { className } = node.properties;
	return Array.isArray(className) && className.includes(SENTENCE_TEXT_CLASS);
}

export interface SentenceView {
	/** `s1`, `s2`, …: the element's id and the permalink's fragment. */
	id: string;
	/** What to show: the verbatim sentence or its reading view. */
	text: string;
}

/**
 * Builds the numbered sentence list of a text as a hast tree: an `<ol>` whose items
 * carry the sentence ids, each with a permalink on its number. Text goes in as text
 * nodes, so whatever a corpus holds (`<script>`, `&amp;`) is shown, never parsed.
 */
export function sentencesToHast(sentences: readonly SentenceView[], options: { lang: string }): Root {
	return {
		type: 'root',
		children: [
			h(
				'ol.sentences',
				{ lang: options.lang },
				sentences.map(({ id, text }) => {
					const number = id.slice(1);
					return h('li.sentence', { id }, [
						h('a.sentence-number', { href: `#${id}`, ariaLabel: `Sentence ${number}, permalink` }, number),
						' ',
						h(`span.${SENTENCE_TEXT_CLASS}`, text),
					]);
				}),
			),
		],
	};
}
