/**
 * How the benchmarks write their figures, one way for both: sizes in decimal units
 * (1 KB = 1000 bytes, as DevTools and Lighthouse count them), times in ms or s,
 * counts with thousands separators, and Markdown tables.
 */
export const KB = 1000;
export const MB = 1000 * KB;
export const GB = 1000 * MB;

export function formatBytes(bytes: number): string {
	if (bytes >= GB) return `${(bytes / GB).toFixed(2)} GB`;
	if (bytes >= MB) return `${(bytes / MB).toFixed(1)} MB`;
	return `${(bytes / KB).toFixed(1)} KB`;
}

export const formatCount = (n: number) => n.toLocaleString('en');

export const formatMs = (ms: number) => `${Math.round(ms)} ms`;

/** Three significant figures at most: `0.48 s`, `25.7 s`, `279 s`. */
export function formatSeconds(ms: number): string {
	if (ms >= 100_000) return `${Math.round(ms / 1000)} s`;
	return `${(ms / 1000).toFixed(ms >= 10_000 ? 1 : 2)} s`;
}

/** A Markdown table; `|` in a cell is escaped. `numeric` columns are right-aligned. */
export function markdownTable(head: readonly string[], rows: readonly (readonly string[])[], numeric: readonly number[] = []): string[] {
	const line = (cells: readonly string[]) => `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
	return [line(head), `|${head.map((_, i) => (numeric.includes(i) ? '---:' : '---')).join('|')}|`, ...rows.map(line)];
}
