/**
 * Parses one HTML page with parse5 (a spec-compliant parser, so entities in
 * attributes are decoded and implied elements are handled as browsers do)
 * and collects every URL it refers to plus the fragment targets it offers.
 */
import { parse, html } from 'parse5';
import type { DefaultTreeAdapterTypes } from 'parse5';
import { parseRefreshUrl, parseSrcset } from './url-attributes.ts';

type Element = DefaultTreeAdapterTypes.Element;
type Node = DefaultTreeAdapterTypes.Node;

/** One URL found in a page. */
export interface PageLink {
	/** The URL as written (entities decoded, surrounding whitespace trimmed). */
	url: string;
	/** Where it was found, for messages: `img[srcset]`, `link[href]`, … */
	source: string;
	/**
	 * True only for plain hyperlinks (and link relations a browser never
	 * fetches, like `canonical`): those may point to other sites. Everything
	 * else is fetched or submitted by the browser and must stay same-origin.
	 */
	externalAllowed: boolean;
}

/** What the link checker needs from one page. */
export interface ParsedPage {
	links: PageLink[];
	/** Every `id`, plus `name` of `<a>` elements: the valid `#fragment` targets. */
	ids: Set<string>;
	/** `<base href>` if the page has one (it changes how relative URLs resolve). */
	baseHref: string | null;
}

/** `<link rel>` values that never make the browser request the URL. */
const NON_FETCHING_RELS = new Set(['alternate', 'author', 'bookmark', 'canonical', 'help', 'license', 'me', 'next', 'prev']);

/** Attributes of HTML elements that cite or link to a document without fetching it. */
const HYPERLINK_ATTRS: Record<string, string[]> = {
	a: ['href'],
	area: ['href'],
	blockquote: ['cite'],
	q: ['cite'],
	ins: ['cite'],
	del: ['cite'],
};

/** Attributes whose URL the browser fetches or submits to, by element. */
const RESOURCE_ATTRS: Record<string, string[]> = {
	form: ['action'],
	button: ['formaction'],
	input: ['formaction'],
	video: ['poster'],
	object: ['data'],
};

/** Parses `source` and returns its links, fragment targets and base URL. */
export function parsePage(source: string): ParsedPage {
	const page: ParsedPage = { links: [], ids: new Set(), baseHref: null };
	const stack: Node[] = [parse(source)];
	while (stack.length > 0) {
		const node = stack.pop()!;
		if ('tagName' in node) visitElement(node, page);
		// Template content is a separate fragment; scripts stamp it into the page.
		if ('content' in node) stack.push(node.content);
		// Push children last-first so they are visited in document order.
		if ('childNodes' in node) stack.push(...node.childNodes.toReversed());
	}
	return page;
}

function visitElement(el: Element, page: ParsedPage): void {
	const tag = el.tagName;
	const isHtml = el.namespaceURI === html.NS.HTML;
	const add = (attr: string, url: string, externalAllowed: boolean): void => {
		page.links.push({ url: url.trim(), source: `${tag}[${attr}]`, externalAllowed });
	};
	for (const { name, value } of el.attrs) {
		if (name === 'id' && value !== '') page.ids.add(value);
		if (name === 'name' && tag === 'a' && value !== '') page.ids.add(value);
		if (name === 'src') add(name, value, false);
		if (name === 'srcset' || name === 'imagesrcset') for (const url of parseSrcset(value)) add(name, url, false);
		// `ping` sends a POST to each listed URL when the link is followed.
		if (name === 'ping') for (const url of value.split(/\s+/).filter(Boolean)) add(name, url, false);
		if (isHtml && HYPERLINK_ATTRS[tag]?.includes(name)) add(name, value, true);
		// An empty action means "this page"; an empty poster or data loads nothing.
		if (isHtml && RESOURCE_ATTRS[tag]?.includes(name) && value.trim() !== '') add(name, value, false);
	}
	const href = el.attrs.find((attr) => attr.name === 'href')?.value;
	if (!isHtml) {
		// SVG/MathML: <a href> navigates; <use href>, <image href>, … fetch.
		if (href !== undefined) add('href', href, tag === 'a');
	} else if (tag === 'link' && href !== undefined) {
		const rels = (attrValue(el, 'rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
		add('href', href, rels.length > 0 && rels.every((rel) => NON_FETCHING_RELS.has(rel)));
	} else if (tag === 'base' && href !== undefined && page.baseHref === null) {
		page.baseHref = href.trim();
	} else if (tag === 'meta' && attrValue(el, 'http-equiv')?.toLowerCase() === 'refresh') {
		const url = parseRefreshUrl(attrValue(el, 'content') ?? '');
		if (url !== null) add('http-equiv=refresh', url, false);
	}
}

function attrValue(el: Element, name: string): string | null {
	return el.attrs.find((attr) => attr.name === name)?.value ?? null;
}
