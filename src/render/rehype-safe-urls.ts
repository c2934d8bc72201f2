/**
 * A rehype plugin that removes links and images whose URL could run a script:
 * `[x](javascript:alert(1))`, `<javascript:alert(1)>`, `[x](data:text/html,…)`,
 * `[x](java&#x09;script:…)`. remark turns any Markdown link into an `href` as written
 * (only micromark's own HTML output sanitizes), so manifest prose would otherwise publish
 * `href="javascript:…"`. A link keeps its text without the link. Every image becomes its
 * alt text, whatever its URL: the site publishes no files but the corpus's texts, so a
 * relative image points at nothing, and an off-site one (`https://evil.example/p.png`,
 * `//evil.example/p.png`) would be a request to another site for every reader.
 *
 * URLs are read with the WHATWG URL parser, as a browser reads them (it strips tabs,
 * newlines and leading controls, and ignores case), and only `http:`, `https:` and
 * `mailto:` URLs and relative ones pass: an allow list, so no spelling of a script URL
 * gets through.
 * @see https://url.spec.whatwg.org/#concept-basic-url-parser
 */
import type { ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
// Resolves relative URLs (`/people/`, `#notes`, `notes.html`) to an https URL: they are safe.
const BASE = 'https://relative.invalid/';
const URL_PROPERTIES = ['href', 'src'] as const;

/** Whether a browser would open `url` as a page or a mail, never as a script or a document of its own. */
export function isSafeUrl(url: string): boolean {
	try {
		return SAFE_PROTOCOLS.has(new URL(url, BASE).protocol);
	} catch {
		return false;
	}
}

/** Unwraps links whose URL is not safe (`isSafeUrl`) and replaces every image by its alt text. */
export default function rehypeSafeUrls() {
	return function removeUnsafeUrls(tree: Root): undefined {
		visit(tree, 'element', (node, index, parent) => {
			if (index === undefined || !parent) return;
			const unsafe =
				node.tagName === 'img' ||
				URL_PROPERTIES.some((name) => {
					const value = node.properties[name];
					return value !== undefined && value !== null && !isSafeUrl(String(value));
				});
			if (!unsafe) return;
			const alt = node.properties['alt'];
			const replacement: ElementContent[] = node.tagName === 'img' ? (alt ? [{ type: 'text', value: String(alt) }] : []) : node.children;
			parent.children.splice(index, 1, ...replacement);
			// Look at what took its place: a link's text may hold another element.
			return index;
		});
	};
}
