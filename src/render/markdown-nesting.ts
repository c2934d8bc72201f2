/**
 * How deeply a Markdown text nests its quotes and lists, from its lines alone: each `>`
 * is a level, and so is each list marker (`-`, `*`, `+`, `1.`) or two spaces of
 * indentation before the first marker. An overestimate for code indented inside a list,
 * which is the safe side for a limit.
 */
export function markdownNestingDepth(markdown: string): number {
	let deepest = 0;
	for (const line of markdown.split('\n')) {
		let depth = 0;
		let at = 0;
		for (;;) {
			const rest = line.slice(at);
			const indent = /^[ \t]*/.exec(rest)![0];
			const marker = /^(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))/.exec(rest.slice(indent.length));
			if (!marker) break;
			depth += 1 + (at === 0 ? Math.floor(indent.replace(/\t/g, '    ').length / 2) : 0);
			at += indent.length + marker[0].length;
		}
		deepest = Math.max(deepest, depth);
	}
	return deepest;
}
