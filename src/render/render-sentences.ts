import type { Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import rehypeMentions, { type Options as MentionOptions } from './rehype-mentions.ts';
import { sentencesToHast, type SentenceView } from './sentences-to-hast.ts';

/** Options of `renderSentences`. */
export interface RenderSentencesOptions {
	/** Language of the text (BCP 47), set on the list. */
	lang: string;
	/** Link the names of people to their pages (`rehypeMentions`); left out, names stay text. */
	mentions?: MentionOptions | undefined;
}

// The rehype stage of a text page. Plugins that enrich sentences slot in before the
// stringifier.
const plainProcessor = unified().use(rehypeStringify).freeze();

/**
 * Renders a text's sentences to HTML through unified. The HTML is safe to insert:
 * every sentence is a hast text node, escaped by the serializer.
 */
export function renderSentences(sentences: readonly SentenceView[], options: RenderSentencesOptions): string {
	// A processor costs next to nothing to set up; the costly part, the matcher, comes in
	// ready-made and is shared by every page.
	const processor = options.mentions
		? unified().use(rehypeMentions, options.mentions).use(rehypeStringify).freeze()
		: plainProcessor;
	const tree = processor.runSync(sentencesToHast(sentences, options)) as Root;
	return processor.stringify(tree);
}
