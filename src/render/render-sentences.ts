import type { Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import rehypeCounterparts, { type Options as CounterpartOptions } from './rehype-counterparts.ts';
import rehypeMentions, { type Options as MentionOptions } from './rehype-mentions.ts';
import rehypeSentenceCitations, { type Options as CitationOptions } from './rehype-sentence-citations.ts';
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
	/** Link each sentence to its counterparts in other versions (`rehypeCounterparts`). */
	counterparts?: CounterpartOptions | undefined;
	/** Give each sentence a citation, shown when it is the page's target (`rehypeSentenceCitations`). */
	citations?: CitationOptions | undefined;
}

/**
 * Renders a text's sentences to HTML through unified. The HTML is safe to insert:
 * every sentence is a hast text node, escaped by the serializer.
 */
export function renderSentences(sentences: readonly SentenceView[], options: RenderSentencesOptions): string {
	return renderSentenceTree(sentencesToHast(sentences, options), options);
}

/**
 * Runs the sentence plugins over any tree whose sentence texts are `span.sentence-text`
 * (a text's list, a parallel page's rows) and serializes it.
 */
export function renderSentenceTree(tree: Root, options: Omit<RenderSentencesOptions, 'lang'>): string {
	// A processor costs next to nothing to set up; the costly part, the matcher, comes in
	// ready-made and is shared by every page. Mentions go first, so that names are found
	// on the real characters before invisible ones become stand-ins.
	const processor = unified()
		.use(options.mentions ? [[rehypeMentions, options.mentions]] : [])
		.use(options.showInvisible ? [rehypeShowInvisible] : [])
		.use(options.counterparts ? [[rehypeCounterparts, options.counterparts]] : [])
		.use(options.citations ? [[rehypeSentenceCitations, options.citations]] : [])
		.use(rehypeStringify)
		.freeze();
	return processor.stringify(processor.runSync(tree) as Root);
}
