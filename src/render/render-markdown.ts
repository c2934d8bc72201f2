import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import rehypeSafeUrls from './rehype-safe-urls.ts';

// remark-rehype drops raw HTML unless told otherwise, so a manifest's `<b>` is never
// markup; write `<br />` in backticks to show it. It keeps link URLs as written, so
// rehypeSafeUrls removes those that could run a script (`javascript:`).
const markdownToHtml = unified().use(remarkParse).use(remarkRehype).use(rehypeSafeUrls).use(rehypeStringify).freeze();

/**
 * Renders the Markdown prose of a manifest (descriptions, provenance, notes) to HTML.
 * Raw HTML in the Markdown is dropped, never passed through, and so are links and
 * images to anything but http(s), mailto and relative URLs.
 */
export function renderMarkdown(markdown: string): string {
	return String(markdownToHtml.processSync(markdown));
}
