/**
 * A rehype plugin that gives each sentence (`<li class="sentence" id="s4">`) a plain-text
 * citation a reader can select and copy without a script: the stylesheet shows it when
 * the sentence is the page's target, that is once its permalink has been followed.
 */
import type { Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';

/** Options of `rehypeSentenceCitations`. */
export interface Options {
	/** The citation of the sentence with this id, as plain text. */
	cite: (sentenceId: string) => string;
}

/** Adds a citation to every `li.sentence` of the tree. */
export default function rehypeSentenceCitations({ cite }: Options) {
	return function addCitations(tree: Root): undefined {
		visit(tree, 'element', (node) => {
			const { className, id } = node.properties;
			if (node.tagName !== 'li' || !Array.isArray(className) || !className.includes('sentence') || typeof id !== 'string') return;
			node.children.push(h('p.cite', { lang: 'en' }, [h('span.cite-label', 'Cite: '), h('span.cite-text', cite(id))]));
			return SKIP;
		});
	};
}
