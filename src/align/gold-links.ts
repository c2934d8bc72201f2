/**
 * The readable link format of the gold alignments (`tests/fixtures/alignments/`): one
 * link per line, source ids, `=`, target ids, `-` for an empty side; `#` starts a
 * comment line.
 *
 *     s1 = s1 s2
 *     s5 s6 = s7
 *     - = s12
 */

/** A link without a confidence: what a gold file states. */
export interface LinkSides {
	source: string[];
	target: string[];
}

/**
 * The links of a gold file, in order.
 * @throws {Error} naming the line of the first malformed link.
 */
export function parseLinks(text: string): LinkSides[] {
	const links: LinkSides[] = [];
	text.split(/\r?\n/).forEach((raw, index) => {
		const line = raw.trim();
		if (line === '' || line.startsWith('#')) return;
		const sides = line.split('=');
		if (sides.length !== 2) throw new Error(`line ${index + 1}: expected "source ids = target ids", got "${line}"`);
		const [source, target] = sides.map(parseSide) as [string[], string[]];
		if (source.length === 0 && target.length === 0) throw new Error(`line ${index + 1}: both sides are empty`);
		links.push({ source, target });
	});
	return links;
}

/** One link as a line of the format: `s1 = s1 s2`. */
export function formatLink(link: LinkSides): string {
	const side = (ids: readonly string[]) => (ids.length === 0 ? '-' : ids.join(' '));
	return `${side(link.source)} = ${side(link.target)}`;
}

function parseSide(side: string): string[] {
	const ids = side.trim().split(/\s+/);
	return ids.length === 1 && (ids[0] === '-' || ids[0] === '') ? [] : ids;
}
