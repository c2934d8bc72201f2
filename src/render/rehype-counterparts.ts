/**
 * A rehype plugin that gives each sentence of a text its counterparts in the other
 * versions of its review, from the alignments: under `<li class="sentence" id="s4">`, a
 * line such as "English original 3 (with 5) · Spanish translation 4 + 5". Each number
 * links to that sentence (its `:target` marks it); each version's name links to the
 * comparison row that holds this sentence. A sentence with no counterpart says so.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import type { OrientedLink } from '../compare/counterparts.ts';

/** One other version of the text, for `rehypeCounterparts`. */
export interface CounterpartVersion {
	/** How readers know the version: "Spanish translation". */
	label: string;
	/** Its language (BCP 47), for `hreflang`. */
	lang: string;
	/** Each sentence id of this page's text → the link that holds it. */
	links: ReadonlyMap<string, OrientedLink>;
	/** URL of a sentence of the version. */
	sentenceHref: (sentenceId: string) => string;
	/** URL of the comparison row that holds a sentence of this page's text. */
	rowHref: (ownSentenceId: string) => string;
}

/** Options of `rehypeCounterparts`. */
export interface Options {
	versions: readonly CounterpartVersion[];
}

const number = (id: string) => id.slice(1);

/** Adds the counterparts line to every `li.sentence` of the tree. */
export default function rehypeCounterparts({ versions }: Options) {
	return function addCounterparts(tree: Root): undefined {
		if (versions.length === 0) return;
		visit(tree, 'element', (node) => {
			if (!isSentenceItem(node)) return;
			const id = String(node.properties['id']);
			const parts = versions.flatMap((version, i): ElementContent[] => [
				...(i > 0 ? [{ type: 'text' as const, value: ' · ' }] : []),
				counterpart(version, id),
			]);
			node.children.push(h('p.counterparts', { lang: 'en' }, parts));
			return SKIP;
		});
	};
}

function isSentenceItem(node: Element): boolean {
	const { className, id } = node.properties;
	return node.tagName === 'li' && Array.isArray(className) && className.includes('sentence') && typeof id === 'string';
}

function counterpart(version: CounterpartVersion, id: string): Element {
	const link = version.links.get(id);
	const versionLink = h('a.counterpart-version', { href: version.rowHref(id), title: 'Compare side by side' }, version.label);
	if (!link || link.other.length === 0) {
		return h('span.counterpart.counterpart-none', [versionLink, ': no counterpart']);
	}
	const others = link.other.map(number);
	const siblings = link.own.filter((own) => own !== id).map(number);
	const together = siblings.length > 0 ? `, which sentence ${number(id)} shares with ${joinWords(siblings)} here` : '';
	const numbers = link.other.flatMap((other, i): ElementContent[] => [
		...(i > 0 ? [h('span', { ariaHidden: 'true' }, ' + ')] : []),
		h(
			'a',
			{
				href: version.sentenceHref(other),
				hreflang: version.lang,
				ariaLabel: `${version.label}, sentence ${number(other)}${i === link.other.length - 1 ? together : ''}`,
			},
			number(other),
		),
	]);
	const title =
		`Sentence${others.length > 1 ? 's' : ''} ${joinWords(others)} of the ${version.label} ` +
		`${others.length > 1 ? 'are' : 'is'} the counterpart of sentence${siblings.length > 0 ? 's' : ''} ${joinWords([number(id), ...siblings].sort((a, b) => Number(a) - Number(b)))} here`;
	return h('span.counterpart', { title }, [
		versionLink,
		' ',
		...numbers,
		...(siblings.length > 0 ? [h('span.counterpart-with', { ariaHidden: 'true' }, ` (with ${siblings.join(', ')})`)] : []),
	]);
}

function joinWords(items: readonly string[]): string {
	return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
