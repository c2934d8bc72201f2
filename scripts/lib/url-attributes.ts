/**
 * Parsers for the URL micro-syntaxes inside attribute values (not HTML
 * itself: the document is parsed by parse5 before these run).
 */

const WHITESPACE = ' \t\n\f\r';

/**
 * URLs of a `srcset` / `imagesrcset` value, following the candidate-splitting
 * steps of the HTML spec: a URL runs to the next whitespace, trailing commas
 * end it, and descriptors such as `2x` or `(…)` are skipped up to a comma.
 * Commas inside URLs (e.g. `/img,v=2.png 2x`) are therefore kept.
 */
export function parseSrcset(value: string): string[] {
	const urls: string[] = [];
	let i = 0;
	while (i < value.length) {
		while (i < value.length && (WHITESPACE.includes(value[i]!) || value[i] === ',')) i++;
		const start = i;
		while (i < value.length && !WHITESPACE.includes(value[i]!)) i++;
		let url = value.slice(start, i);
		if (url.endsWith(',')) {
			url = url.replace(/,+$/, '');
		} else {
			let depth = 0;
			for (; i < value.length && !(value[i] === ',' && depth === 0); i++) {
				if (value[i] === '(') depth++;
				if (value[i] === ')') depth = Math.max(0, depth - 1);
			}
		}
		if (url !== '') urls.push(url);
	}
	return urls;
}

/**
 * URL of a `<meta http-equiv="refresh" content="…">` value such as
 * `0; url='/texts/'` (Astro writes these for redirects), or null when the
 * value only reloads the page (`content="30"`).
 */
export function parseRefreshUrl(content: string): string | null {
	const match = /^\s*[\d.]*\s*[;,]?\s*(?:url\s*=\s*)?(.*)$/is.exec(content);
	let url = (match?.[1] ?? '').trim();
	const quote = url[0];
	if ((quote === '"' || quote === "'") && url.length > 1) {
		const end = url.indexOf(quote, 1);
		url = url.slice(1, end === -1 ? undefined : end);
	}
	return url === '' ? null : url;
}
