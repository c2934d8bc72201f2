/**
 * Filters and their counts, on the facet codes of the search page's checkboxes
 * (`search-facets.ts`): a hit passes when its text has a selected value of every facet
 * with a selection. A hit's values may not all be known yet (its text's chunk of the
 * texts table not read): it then neither passes nor fails, and counts that depend on it
 * are lower bounds.
 */
import type { Hit } from './find-hits.ts';
import { SENTENCE_SLOTS } from './index-format.ts';

/** Facet name → selected values; a facet with no value selected does not filter. */
export type Selection = Record<string, readonly string[]>;

/** Facet → value → how many results there would be with that value selected. */
export type FacetCounts = Record<string, Record<string, number>>;

/** A hit's value of each facet that is known (`language` always is). */
export type HitValues = Record<string, string | undefined>;

/** The number of a key's text among every part's texts: hits with the same number are in the same text. */
export const textNumberOf = (key: number) => Math.floor(key / SENTENCE_SLOTS);

/** Whether values pass the selection (every facet but `except`): true, false, or undefined when a value it needs is unknown. */
export function passes(values: HitValues, selection: Selection, except?: string): boolean | undefined {
	let known = true;
	for (const [facet, selected] of Object.entries(selection)) {
		if (facet === except || selected.length === 0) continue;
		const value = values[facet];
		if (value === undefined) known = false;
		else if (!selected.includes(value)) return false;
	}
	return known ? true : undefined;
}

/**
 * For each facet value, the number of hits there would be if it were selected, the other
 * facets keeping their selection; `exact` is false when a hit's values were not all known.
 */
export function countFacets(
	hits: readonly Hit[],
	valuesOf: (hit: Hit) => HitValues,
	selection: Selection,
	facets: Record<string, readonly string[]>,
): { counts: FacetCounts; exact: boolean } {
	let exact = true;
	const counts: FacetCounts = Object.fromEntries(
		Object.entries(facets).map(([facet, values]) => [facet, Object.fromEntries(values.map((value) => [value, 0]))]),
	);
	for (const hit of hits) {
		const values = valuesOf(hit);
		for (const facet of Object.keys(facets)) {
			const value = values[facet];
			const passing = passes(values, selection, facet);
			if (value === undefined || passing === undefined) exact = false;
			else if (passing && Object.hasOwn(counts[facet]!, value)) counts[facet]![value]! += 1;
		}
	}
	return { counts, exact };
}

/** The best of `hits`: the highest score, the first key among equals. */
export function bestHit(hits: readonly Hit[]): Hit | undefined {
	let best: Hit | undefined;
	for (const hit of hits) if (!best || hit.score > best.score || (hit.score === best.score && hit.record < best.record)) best = hit;
	return best;
}
