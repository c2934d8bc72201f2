/**
 * A text's sentences seen from one side of an alignment: for each of its sentences, the
 * link that holds it. Reading pages link every sentence to its counterparts this way, and
 * parallel pages lay the links out in the text's own order.
 */

/** An alignment link, as `alignSentences` gives it. */
export interface AlignedLink {
	source: readonly string[];
	target: readonly string[];
	confidence: number;
}

/** A link seen from one text: its sentences (`own`) and the other text's (`other`). */
export interface OrientedLink {
	own: readonly string[];
	other: readonly string[];
	confidence: number;
}

/**
 * The links of an alignment as seen from one of its texts, in that text's order (an
 * alignment is monotone, so its order is both texts' order).
 * @param side Which side of the links the text is on.
 */
export function orientLinks(links: readonly AlignedLink[], side: 'source' | 'target'): OrientedLink[] {
	return links.map((link) =>
		side === 'source'
			? { own: link.source, other: link.target, confidence: link.confidence }
			: { own: link.target, other: link.source, confidence: link.confidence },
	);
}

/** Each of the text's sentence ids → the link that holds it. Every sentence is in exactly one link. */
export function linksBySentence(links: readonly OrientedLink[]): Map<string, OrientedLink> {
	const bySentence = new Map<string, OrientedLink>();
	for (const link of links) for (const id of link.own) bySentence.set(id, link);
	return bySentence;
}
