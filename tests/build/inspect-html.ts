/**
 * Reading built pages as a browser would (parse5, the HTML standard's parser), to check
 * that corpus content stays inert and to see what a reader sees.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'parse5';

/** A parse5 node, as far as these checks need it. */
export interface HtmlNode {
	nodeName: string;
	tagName?: string;
	value?: string;
	attrs?: { name: string; value: string }[];
	childNodes?: HtmlNode[];
	content?: HtmlNode;
}

/** Every file under `dir`, as sorted paths relative to it (`/` separated). */
export function listFiles(dir: string): string[] {
	const files: string[] = [];
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) walk(path);
			else files.push(relative(dir, path).split('\\').join('/'));
		}
	};
	walk(dir);
	return files.sort();
}

export function parseHtml(html: string): HtmlNode {
	return parse(html) as unknown as HtmlNode;
}

/** Every element of a tree, in document order. */
export function* elements(node: HtmlNode): Generator<HtmlNode> {
	if (node.tagName) yield node;
	for (const child of node.childNodes ?? []) yield* elements(child);
	if (node.content) yield* elements(node.content);
}

export const attr = (node: HtmlNode, name: string) => node.attrs?.find((a) => a.name === name)?.value;
export const hasClass = (node: HtmlNode, name: string) => (attr(node, 'class') ?? '').split(/\s+/).includes(name);

/** The text a reader sees in an element (its text nodes, in order). */
export function textContent(node: HtmlNode): string {
	if (node.nodeName === '#text') return node.value ?? '';
	return (node.childNodes ?? []).map(textContent).join('');
}

// Attributes whose value a browser loads or navigates to.
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'ping', 'background', 'cite']);
const ACTIVE_ELEMENTS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal']);
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * What in a page could run or load something the site did not put there: event handler
 * attributes, URLs that are not http(s), mailto or relative (read by the WHATWG URL
 * parser, as a browser reads them), frames and plugins, a `<base>`, a refresh, and
 * scripts that are not the site's own bundles (`/_astro/…`, no inline code).
 * @returns one line per finding; empty for an inert page.
 */
export function activeContent(html: string): string[] {
	const found: string[] = [];
	for (const element of elements(parseHtml(html))) {
		const tag = element.tagName!;
		if (ACTIVE_ELEMENTS.has(tag)) found.push(`<${tag}>`);
		if (tag === 'meta' && attr(element, 'http-equiv')?.toLowerCase() === 'refresh') found.push('<meta http-equiv=refresh>');
		if (tag === 'script') {
			const src = attr(element, 'src');
			if (!src?.startsWith('/_astro/') || textContent(element).trim() !== '')
				found.push(`<script src=${src}>${textContent(element).slice(0, 40)}`);
		}
		for (const { name, value } of element.attrs ?? []) {
			if (name.startsWith('on')) found.push(`<${tag} ${name}>`);
			if (name === 'srcset' || (URL_ATTRIBUTES.has(name) && !isSafeUrl(value))) found.push(`<${tag} ${name}="${value}">`);
		}
	}
	return found;
}

function isSafeUrl(url: string): boolean {
	try {
		return SAFE_PROTOCOLS.has(new URL(url, 'https://site.invalid/').protocol);
	} catch {
		return false;
	}
}

/** The numbered sentences of a text page: id, the element holding the text, and the text read. */
export function sentencesOf(html: string): { id: string; text: HtmlNode; shown: string }[] {
	return [...elements(parseHtml(html))]
		.filter((element) => element.tagName === 'li' && hasClass(element, 'sentence'))
		.map((item) => {
			const text = [...elements(item)].find((element) => hasClass(element, 'sentence-text'))!;
			return { id: attr(item, 'id')!, text, shown: textContent(text) };
		});
}

/**
 * The exact characters a source-view sentence stands for: its text, each stand-in of an
 * invisible character (`<abbr class="invisible-char" title="U+0000 NULL">␀</abbr>`) read
 * back as the character its title names.
 */
export function recoverCharacters(node: HtmlNode): string {
	if (node.nodeName === '#text') return node.value ?? '';
	if (node.tagName === 'abbr' && hasClass(node, 'invisible-char')) {
		const code = /^U\+([0-9A-F]{4,6}) /.exec(attr(node, 'title') ?? '');
		if (!code) throw new Error(`a stand-in without a code point: ${attr(node, 'title')}`);
		return String.fromCodePoint(Number.parseInt(code[1]!, 16));
	}
	return (node.childNodes ?? []).map(recoverCharacters).join('');
}

/** Characters no page may hold: controls (not tab, LF, CR), bidi embeddings, overrides and isolates, ZWSP, WJ, ZWNBSP, noncharacters. */
export const HIDDEN = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF\p{Noncharacter_Code_Point}]/u;

/** The built HTML pages of `outDir` that hold a hidden character, with the first one found. */
export function pagesWithHiddenCharacters(outDir: string): string[] {
	return listFiles(outDir)
		.filter((file) => file.endsWith('.html'))
		.flatMap((file) => {
			const match = HIDDEN.exec(readFileSync(join(outDir, file), 'utf8'));
			return match ? [`${file}: U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`] : [];
		});
}
