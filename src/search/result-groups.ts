/**
 * Where a result belongs and how results are ordered: by review (the review with the
 * best hit first), then by text in manifest order, then by sentence, so a text's hits
 * read in order under one heading. Filters and their counts work on the texts' codes.
 */
import type { Hit } from './find-hits.ts';
import type { IndexManifest, IndexedText } from './index-format.ts';
import { facetValuesOf } from './search-facets.ts';

/** Facet name → selected values; a facet with no value selected does not filter. */
export type Selection = Record<string, readonly string[]>;

/** Facet → value → how many results there would be with that value selected. */
export type FacetCounts = Record<string, Record<string, number>>;

/** A sentence's place: its text's number and its index in the text. */
export function placeOf(record: number, texts: readonly IndexedText[]): { text: number; sentence: number } {
	let low = 0;
	let high = texts.length - 1;
	while (low < high) {
		const middle = (low + high + 1) >> 1;
		if (texts[middle]!.first <= record) low = middle;
		else high = middle - 1;
	}
	return { text: low, sentence: record - texts[low]!.first };
}

/** A text's value of each facet (`search-facets.ts`): the codes the search page's checkboxes carry. */
function facetValues(text: IndexedText, manifest: IndexManifest): Record<string, string> {
	return facetValuesOf({ lang: text.lang, kind: text.kind, review: manifest.reviews[text.review]?.id ?? '' });
}

const passes = (values: Record<string, string>, selection: Selection, except?: string) =>
	Object.entries(selection).every(
		([facet, selected]) => facet === except || selected.length === 0 || selected.includes(values[facet] ?? ''),
	);

/** The hits whose texts have a selected value of every facet with a selection. */
export function filterHits(hits: readonly Hit[], selection: Selection, manifest: IndexManifest): Hit[] {
	return hits.filter((hit) => passes(facetValues(manifest.texts[placeOf(hit.record, manifest.texts).text]!, manifest), selection));
}

/** For each facet value, the number of hits there would be if it were selected, the other facets keeping their selection. */
export function countFacets(
	hits: readonly Hit[],
	selection: Selection,
	facets: Record<string, readonly string[]>,
	manifest: IndexManifest,
): FacetCounts {
	const counts: FacetCounts = Object.fromEntries(
		Object.entries(facets).map(([facet, values]) => [facet, Object.fromEntries(values.map((value) => [value, 0]))]),
	);
	for (const hit of hits) {
		const values = facetValues(manifest.texts[placeOf(hit.record, manifest.texts).text]!, manifest);
		for (const facet of Object.keys(facets)) {
			const value = values[facet]!;
			if (passes(values, selection, facet) && Object.hasOwn(counts[facet]!, value)) counts[facet]![value]! += 1;
		}
	}
	return counts;
}

/** Hits in reading order within their groups: reviews by their best hit, texts in manifest order, sentences in order. */
export function orderHits(hits: readonly Hit[], manifest: IndexManifest): Hit[] {
	const best = new Map<number, number>();
	const reviewOf = (hit: Hit) => manifest.texts[placeOf(hit.record, manifest.texts).text]!.review;
	for (const hit of hits) best.set(reviewOf(hit), Math.max(best.get(reviewOf(hit)) ?? -Infinity, hit.score));
	return hits.toSorted((a, b) => {
		const [ra, rb] = [reviewOf(a), reviewOf(b)];
		return ra === rb ? a.record - b.record : best.get(rb)! - best.get(ra)! || ra - rb;
	});
}
