/** Positions for the derivation diagram: a small tree per review, left to right. */

export interface DerivationNode {
	id: string;
	label: string;
	/** Column (derivation depth) and row, in grid units. */
	column: number;
	row: number;
}

export interface DerivationEdge {
	from: string;
	to: string;
	label: string;
}

export interface DerivationLayout {
	nodes: DerivationNode[];
	edges: DerivationEdge[];
	/** Row where each review's tree starts, and how many rows it takes. */
	groups: { review: string; title: string; row: number; rows: number }[];
	columns: number;
	rows: number;
}

interface LayoutText {
	id: string;
	review: string;
	derivedFrom: string | null;
	label: string;
	edgeLabel: string;
}

/**
 * Lays each review's derivation tree out on a grid: originals in column 0, each
 * derived text one column right of its source; a first child shares its parent's row,
 * later children take the rows below, so edges are a straight arrow or an elbow.
 */
export function layoutDerivations(reviews: readonly { id: string; title: string }[], texts: readonly LayoutText[]): DerivationLayout {
	const nodes: DerivationNode[] = [];
	const edges: DerivationEdge[] = [];
	const groups: DerivationLayout['groups'] = [];
	const children = Map.groupBy(texts, (text) => text.derivedFrom ?? '');
	let row = 0;

	const place = (text: LayoutText, column: number, at: number): number => {
		nodes.push({ id: text.id, label: text.label, column, row: at });
		let next = at;
		for (const child of children.get(text.id) ?? []) {
			edges.push({ from: text.id, to: child.id, label: child.edgeLabel });
			next = place(child, column + 1, next) + 1;
		}
		return Math.max(at, next - 1);
	};

	// Grouped once: filtering every text per review would be quadratic in the corpus.
	const originals = Map.groupBy(
		texts.filter((text) => text.derivedFrom === null),
		(text) => text.review,
	);
	for (const review of reviews) {
		const start = row;
		for (const original of originals.get(review.id) ?? []) {
			row = place(original, 0, row) + 1;
		}
		groups.push({ review: review.id, title: review.title, row: start, rows: row - start });
	}
	const columns = nodes.reduce((most, node) => Math.max(most, node.column + 1), 1);
	return { nodes, edges, groups, columns, rows: row };
}
