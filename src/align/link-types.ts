/**
 * The shapes a link may take, with their prior probabilities. One sentence usually
 * translates one sentence; translators (and machine translation) sometimes split or
 * join sentences, rarely drop or add one. 2:2 is left out: it is two links.
 */

/** A link shape: how many sentences it takes from the source and from the target. */
export interface LinkType {
	readonly source: 0 | 1 | 2 | 3;
	readonly target: 0 | 1 | 2 | 3;
	/** −ln of the shape's prior probability: the cost of choosing it at all. */
	readonly penalty: number;
}

// Gale & Church (1993), table 5, measured on the Union Bank of Switzerland reports:
// 1:1 0.89, 1:0 or 0:1 0.0099, 2:1 or 1:2 0.089. 1:3 and 3:1 are not in their table;
// they are taken as rare as a deletion, so a split into three is chosen only when the
// lengths and the anchors of the three pieces add up.
const PRIOR = { one: 0.89, split: 0.089, split3: 0.0099, skip: 0.0099 };

/** The link shapes in the order ties are broken (1:1 first): this order makes the result deterministic. */
export const LINK_TYPES: readonly LinkType[] = [
	{ source: 1, target: 1, penalty: -Math.log(PRIOR.one) },
	{ source: 1, target: 2, penalty: -Math.log(PRIOR.split) },
	{ source: 2, target: 1, penalty: -Math.log(PRIOR.split) },
	{ source: 1, target: 3, penalty: -Math.log(PRIOR.split3) },
	{ source: 3, target: 1, penalty: -Math.log(PRIOR.split3) },
	{ source: 1, target: 0, penalty: -Math.log(PRIOR.skip) },
	{ source: 0, target: 1, penalty: -Math.log(PRIOR.skip) },
];
