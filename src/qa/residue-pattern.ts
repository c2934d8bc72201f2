/**
 * What markup and encoding residue looks like: tags (`<br />`), character references
 * (`&amp;`, `&#39;`), UTF-8 read as Latin-1 or Windows-1252 (`Ã©`, `â€™`), and U+FFFD.
 * Pieces separated by spaces or tabs only are one run.
 */
const PIECE = String.raw`<\/?[A-Za-z][A-Za-z0-9-]{0,20}(?:\s[^<>]{0,200})?\/?>|&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});|Ã[\u0080-\u00BF]|Â[\u00A0-\u00BF]|â€[\u0080-\u00BF\u2018-\u203A\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u02C6\u02DC\u2122\u20AC\u0192]|\uFFFD`;

/** Runs of residue (global: use with `matchAll`). */
export const RESIDUE = new RegExp(`(?:${PIECE})(?:[ \\t]*(?:${PIECE}))*`, 'gu');

/** The runs of residue in `text`, as offsets, at most `limit` of them. */
export function residueRanges(text: string, limit = 1000): { start: number; end: number }[] {
	const ranges: { start: number; end: number }[] = [];
	for (const match of text.matchAll(RESIDUE)) {
		if (ranges.length === limit) break;
		ranges.push({ start: match.index, end: match.index + match[0].length });
	}
	return ranges;
}
