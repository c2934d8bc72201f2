import type { Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import rehypeMentions, { type Options as MentionOptions } from './rehype-mentions.ts';
import rehypeShowInvisible from './rehype-show-invisible.ts';
import { sentencesToHast, type SentenceView } from './sentences-to-hast.ts';

/** Options of `renderSentences`. */
export interface RenderSentencesOptions {
	/** Language of the text (BCP 47), set on the list. */
	lang: string;
	/** Link the names of people to their pages (`rehypeMentions`); left out, names stay text. */
	mentions?: MentionOptions | undefined;
	/**
	 * Show each invisible character as a visible stand-in (`rehypeShowInvisible`), as the
	 * source view does; left out, text is shown as it is.
	 */
	showInvisible?: boolean | undefined;
}

/**
 * Renders a text's sentences to HTML through unified. The HTML is safe to insert:
 * every sentence is a hast text node, escaped by the serializer.
 */
export function renderSentences(sentences: readonly SentenceView[], options: RenderSentencesOptions): string {
	// A processor costs next to nothing to set up; the costly part, the matcher, comes in
	// ready-made and is shared by every page. Mentions go first, so that names are found
	// on the real characters before invisible ones become stand-ins.
	const processor = unified()
		.use(options.mentions ? [[rehypeMentions, options.mentions]] : [])
		.use(options.showInvisible ? [rehypeShowInvisible] : [])
		.use(rehypeStringify)
		.freeze();
	const tree = processor.runSync(sentencesToHast(sentences, options)) as Root;
	return processor.stringify(tree);
}
