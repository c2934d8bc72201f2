/**
 * The review filter's checkboxes, made by the script: the reviews of the hits found
 * (a few, most hits first) and every selected one, never the whole corpus's reviews.
 * Boxes already there are kept as they are, so one being used keeps its focus.
 */
import { element } from './create-element.ts';

/** At most this many reviews are offered besides the selected ones. */
export const MAX_REVIEW_OPTIONS = 10;

/** Shows `options` (and keeps every checked box) in the review fieldset. */
export function showReviewOptions(fieldset: HTMLFieldSetElement, options: readonly { id: string; title: string }[]): void {
	const boxes = new Map([...fieldset.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map((box) => [box.value, box]));
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
		label.append(input, `${title} `, element('span', 'count'));
		label.lastElementChild!.setAttribute('data-count', '');
		fieldset.append(label);
	}
	fieldset.hidden = fieldset.querySelector('input') === null;
}
