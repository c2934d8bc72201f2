/**
 * Pagefind's excerpts are HTML: escaped text with `<mark>` around matched words. They
 * are parsed here into plain pieces, so the page builds them as text nodes and `<mark>`
 * elements and never assigns HTML.
 */

export interface ExcerptPiece {
	text: string;
	marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: '\u00a0' };

function decodeEntities(html: string): string {
	return html.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (entity, name: string) => {
		if (name in ENTITIES) return ENTITIES[name]!;
		if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
		if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
		return entity;
	});
}

/** Splits an excerpt into its text and its marked words, in order. */
export function parseExcerpt(excerpt: string): ExcerptPiece[] {
	const pieces: ExcerptPiece[] = [];
	const parts = excerpt.split(/(<mark>[\s\S]*?<\/mark>)/);
	for (const part of parts) {
		if (part === '') continue;
		const marked = part.startsWith('<mark>');
		const text = decodeEntities(marked ? part.slice(6, -7) : part);
		pieces.push({ text, marked });
	}
	return pieces;
}
