/**
 * Rows for the review view, where every variant has a column. Each other text is aligned
 * to one pivot text (the review's original); a row is the smallest run of pivot
 * sentences that no link of any alignment crosses, with everything linked to it.
 */

export interface Link {
	source: readonly string[];
	target: readonly string[];
	confidence: number;
}

/** A pivot alignment: the pivot is always the source side. */
export interface PivotAlignment {
	textId: string;
	links: readonly Link[];
}

export interface MergedRow {
	/** The pivot's sentences, then each aligned text's, by text id. */
	cells: Record<string, string[]>;
	/** The weakest link in the row: a row is only as sure as its least sure link. */
	confidence: number;
}

/**
 * Merges alignments that share a pivot into rows across every text.
 * @param pivotId Id of the pivot text.
 * @param pivotSentences The pivot's sentence ids, in order.
 */
export function mergeAlignments(pivotId: string, pivotSentences: readonly string[], alignments: readonly PivotAlignment[]): MergedRow[] {
	const position = new Map(pivotSentences.map((id, i) => [id, i]));
	// A row may end after pivot sentence i unless some link spans i and i + 1.
	const joined = new Array<boolean>(pivotSentences.length).fill(false);
	for (const { links } of alignments) {
		for (const link of links) {
			const at = link.source.map((id) => position.get(id)!);
			for (let i = Math.min(...at); i < Math.max(...at); i++) joined[i] = true;
		}
	}
	const rowOf: number[] = [];
	let row = 0;
	pivotSentences.forEach((_, i) => {
		rowOf.push(row);
		if (!joined[i]) row++;
	});
	const rows: MergedRow[] = Array.from({ length: row }, () => ({ cells: { [pivotId]: [] }, confidence: 1 }));
	pivotSentences.forEach((id, i) => rows[rowOf[i]!]!.cells[pivotId]!.push(id));

	for (const { textId, links } of alignments) {
		let current = 0;
		for (const link of links) {
			// A link with no pivot sentence (0:1) joins the row of the link before it.
			if (link.source.length > 0) current = rowOf[position.get(link.source[0]!)!]!;
			const target = rows[current]!;
			(target.cells[textId] ??= []).push(...link.target);
			target.confidence = Math.min(target.confidence, link.confidence);
		}
	}
	return rows;
}
