import type { Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { sentencesToHast, type SentenceView } from './sentences-to-hast.ts';

// The rehype stage of a text page. Plugins that enrich sentences (marking mentions,
// say) slot in before the stringifier.
const sentencesProcessor = unified().use(rehypeStringify).freeze();


/**
 * Renders a text's sentences to HTML through unified. The HTML is safe to insert:
 * every sentence is a hast text node, escaped by the serializer.
 */
export function renderSentences(sentences: readonly SentenceView[], options: { lang: string }): string {
	const tree = sentencesProcessor.runSync(sentencesToHast(sentences, options)) as Root;
	return sentencesProcessor.stringify(tree);
}
