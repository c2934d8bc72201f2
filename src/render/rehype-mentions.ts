/**
 * A rehype plugin that links the names of people in a text's sentences to their pages:
 * `Stalin` becomes `<a class="mention" href="/people/joseph-stalin/">Stalin</a>`, as written.
 *
 * It works on the tree `sentencesToHast` builds, and only on the text nodes directly
 * inside a `span.sentence-text`: a mention is found within one text node, so it can
 * never span two sentences or reach into the number, the permalink or another link.
 * Names go in as text nodes too, so the serializer escapes them like the rest.
 */
import type { ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import { findMentions, type MentionMatcher } from '../people/find-mentions.ts';
import { isSentenceText } from './sentences-to-hast.ts';

/** Options of `rehypeMentions`. */
export interface Options {
	/** The spellings to look for; build it once per build (`createMentionMatcher`), not per page. */
	matcher: MentionMatcher;
	/** URL of the page of the person with this id. */
	href: (personId: string) => string;
}

/**
 * Links every mention of a person in the sentence texts of a tree.
 * @param options The matcher and the person URLs.
 */
export default function rehypeMentions(options: Options) {
	const { matcher, href } = options;
	return function linkMentions(tree: Root): undefined {
		visit(tree, 'text', (node, index, parent) => {
			if (index === undefined || !parent || !isSentenceText(parent)) return;
			const text = node.value;
			const mentions = findMentions(text, matcher);
			if (mentions.length === 0) return;

			const pieces: ElementContent[] = [];
			let from = 0;
			for (const { personId, start, end } of mentions) {
				if (start > from) pieces.push({ type: 'text', value: text.slice(from, start) });
				// The name as the view writes it: the reading view already has its capitals.
				pieces.push(h('a.mention', { href: href(personId) }, text.slice(start, end)));
				from = end;
			}
			if (from < text.length) pieces.push({ type: 'text', value: text.slice(from) });
			parent.children.splice(index, 1, ...pieces);
			// Go on after the pieces: the new links hold names only, nothing to look at again.
			return [SKIP, index + pieces.length];
		});
	};
}
