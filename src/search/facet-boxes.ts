/**
 * The search form's filters as checkboxes: one fieldset per facet (`search-facets.ts`).
 * Languages and kinds are in the page; the review filter's boxes are made here, for the
 * reviews of the hits found (a few, most hits first) and every selected one, never the
 * whole corpus's reviews. Boxes already there are kept as they are, so one being used
 * keeps its focus.
 */
import { element } from './create-element.ts';
import type { FacetCounts, Selection } from './result-groups.ts';

/** At most this many reviews are offered besides the selected ones. */
export const MAX_REVIEW_OPTIONS = 10;

export class FacetBoxes {
	private readonly fieldsets: HTMLFieldSetElement[];
	private readonly reviews: HTMLFieldSetElement | undefined;

	constructor(form: HTMLFormElement) {
		this.fieldsets = [...form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-facet]')];
		this.reviews = this.fieldsets.find((fieldset) => fieldset.dataset['facet'] === 'review');
	}

	/** Facet name → the values of its boxes. */
	values(): Record<string, string[]> {
		return Object.fromEntries(this.fieldsets.map((fieldset) => [fieldset.dataset['facet']!, this.boxes(fieldset).map((box) => box.value)]));
	}

	/** Facet name → the values checked. */
	selection(): Selection {
		return Object.fromEntries(
			this.fieldsets.map((fieldset) => [
				fieldset.dataset['facet']!,
				this.boxes(fieldset).flatMap((box) => (box.checked ? [box.value] : [])),
			]),
		);
	}

	/** Checks the boxes of `selection`; a review of it has a box at once, named by its id until `showReviews` names it. */
	show(selection: Selection): void {
		const reviews = selection['review'] ?? [];
		if (reviews.length > 0) this.showReviews(reviews.map((id) => ({ id, title: id })));
		for (const box of this.boxes()) box.checked = selection[box.name]?.includes(box.value) ?? false;
	}

	/** Each box's count: `(3)`, or `(3+)` when there may be more. */
	showCounts(counts: FacetCounts, exact: boolean): void {
		for (const box of this.boxes()) {
			box.parentElement!.querySelector('[data-count]')!.textContent = `(${counts[box.name]?.[box.value] ?? 0}${exact ? '' : '+'})`;
		}
	}

	/** Shows `options` (and keeps every checked box) in the review fieldset. */
	showReviews(options: readonly { id: string; title: string }[]): void {
		const fieldset = this.reviews;
		if (!fieldset) return;
		const boxes = new Map(this.boxes(fieldset).map((box) => [box.value, box]));
		const wanted = new Set(options.map((option) => option.id));
		for (const [id, box] of boxes) {
			if (!wanted.has(id) && !box.checked && document.activeElement !== box) box.parentElement!.remove();
		}
		for (const { id, title } of options) {
			const box = boxes.get(id);
			if (box) {
				// A title learnt after the box was made for a review of the URL.
				box.nextSibling!.textContent = `${title} `;
				continue;
			}
			const label = element('label', 'facet-value');
			const input = element('input', '');
			input.type = 'checkbox';
			input.name = 'review';
			input.value = id;
			const count = element('span', 'count');
			count.dataset['count'] = '';
			label.append(input, `${title} `, count);
			fieldset.append(label);
		}
		fieldset.hidden = fieldset.querySelector('input') === null;
	}

	private boxes(within: ParentNode = this.fieldsets[0]?.form ?? document): HTMLInputElement[] {
		return [...within.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
	}
}
