import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

// remark-rehype drops raw HTML unless told otherwise, so a manifest's `<b>` is never
// markup; write `<br />` in backticks to show it.
const markdownToHtml = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify).freeze();

/**
 * Renders the Markdown prose of a manifest (descriptions, provenance, notes) to HTML.
 * Raw HTML in the Markdown is dropped, never passed through.
 */
export function renderMarkdown(markdown: string): string {
	return String(markdownToHtml.processSync(markdown));
}
