import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { SENTENCE_TEXT_CLASS } from './sentences-to-hast.ts';

/** A sentence in a cell of a parallel page. */
export interface ParallelSentence {
	/** The sentence's number, shown and linked. */
	number: string;
	/** The element's id on the page. */
	anchor: string;
	/** Where its number links: its own permalink, or its text's reading page. */
	href: string;
	/** Its reading view. */
	text: string;
}

/** One text's column of a parallel page. */
export interface ParallelColumn {
	/** How readers know the text: "Spanish translation". */
	label: string;
	lang: string;
	/** Said in a cell where the text has no sentence. */
	empty: string;
}

/** One row: each column's sentences, in column order. */
export type ParallelRow = readonly (readonly ParallelSentence[])[];

/**
 * Builds a parallel page's rows as a hast tree: an `<ol>` of rows, one cell per text,
 * each cell labelled with its text and carrying its `lang`. Text goes in as text nodes,
 * so the serializer escapes whatever a corpus holds.
 */
export function parallelToHast(columns: readonly ParallelColumn[], rows: readonly ParallelRow[]): Root {
	return {
		type: 'root',
		children: [
			h(
				'ol.parallel-rows',
				rows.map((row) =>
					h(
						'li.parallel-row',
						columns.map((column, i) => cell(column, row[i] ?? [])),
					),
				),
			),
		],
	};
}

function cell(column: ParallelColumn, sentences: readonly ParallelSentence[]): Element {
	return h('div.parallel-cell', { lang: column.lang }, [
		h('span.cell-label', { lang: 'en' }, column.label),
		...(sentences.length === 0
			? [h('p.cell-empty', { lang: 'en' }, column.empty)]
			: sentences.map(({ number, anchor, href, text }) =>
					h('p.parallel-sentence', { id: anchor }, [
						h('a.sentence-number', { href, ariaLabel: `${column.label}, sentence ${number}` }, number),
						' ',
						h(`span.${SENTENCE_TEXT_CLASS}`, text),
					]),
				)),
	]);
}
