/**
 * A rehype plugin for the source view: every invisible character of a sentence (a
 * control, a zero-width or bidi format character, a noncharacter) is shown as a visible
 * stand-in, `<abbr class="invisible-char" title="U+202E RIGHT-TO-LEFT OVERRIDE">RLO</abbr>`,
 * in place of the character itself.
 *
 * Why a stand-in and not the character: an HTML page cannot hold U+0000 at all (parsers
 * drop or replace it), a bidi override would reorder the rest of the sentence, and a
 * zero-width character would be there without anyone seeing it. The exact characters are
 * in the sentence JSON and the raw file; the stand-in names each one, so the page shows
 * every character of the sentence, one stand-in per invisible character.
 *
 * It runs after `rehypeMentions`, on the text nodes anywhere inside a `span.sentence-text`
 * (mention links included), so names are found on the real characters.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import { INVISIBLE_CHARACTER, visibleStandIn } from '../text/invisible-characters.ts';
import { isSentenceText } from './sentences-to-hast.ts';

/** Shows the invisible characters of a tree's sentence texts. */
export default function rehypeShowInvisible() {
	return function showInvisible(tree: Root): undefined {
		visit(tree, 'element', (node) => {
			if (!isSentenceText(node)) return;
			showIn(node);
			return SKIP;
		});
	};
}

function showIn(parent: Element): void {
	parent.children = parent.children.flatMap((child): ElementContent[] => {
		if (child.type === 'text') return withStandIns(child.value);
		if (child.type === 'element') showIn(child);
		return [child];
	});
}

/** A text's pieces: its visible runs as text nodes, each invisible character as a stand-in. */
function withStandIns(text: string): ElementContent[] {
	const pieces: ElementContent[] = [];
	let from = 0;
	for (const match of text.matchAll(INVISIBLE_CHARACTER)) {
		if (match.index > from) pieces.push({ type: 'text', value: text.slice(from, match.index) });
		const { label, title } = visibleStandIn(match[0]);
		pieces.push(h('abbr.invisible-char', { title }, label));
		from = match.index + match[0].length;
	}
	if (from === 0) return [{ type: 'text', value: text }];
	if (from < text.length) pieces.push({ type: 'text', value: text.slice(from) });
	return pieces;
}
