import type { CorpusProblem } from './corpus-error.ts';
import type { Manifest, ManifestText } from './schema.ts';

/**
 * The most texts a review may have. Every pair of a review's texts is aligned and gets
 * a comparison page, and the review's page shows them all in columns, so the work grows
 * with the square of their number: 20 texts make 190 pairs; 5,000 would make 12,497,500,
 * a build that never ends. A corpus of many texts has many reviews instead.
 */
export const MAX_TEXTS_PER_REVIEW = 20;

/**
 * Checks what the schema cannot see field by field: that ids are unique, that every
 * `review` and `derivedFrom` points at something real, and that derivations form a
 * tree inside each review (an original at the root, no text deriving from itself, no
 * cycle, no derivation across reviews), with at most `MAX_TEXTS_PER_REVIEW` texts.
 * @returns every problem found, each naming the file, field and reason.
 */
export function checkManifestLinks(manifest: Manifest, file: string): CorpusProblem[] {
	const problems: CorpusProblem[] = [];
	const report = (field: string, reason: string) => problems.push({ file, field, reason });

	const reviewIds = new Set<string>();
	const reviewTitles = new Map<string, number>();
	manifest.reviews.forEach((review, i) => {
		if (reviewIds.has(review.id)) report(`reviews[${i}].id`, `duplicate review id "${review.id}"`);
		reviewIds.add(review.id);
		// Readers tell reviews apart by title: in lists, in search filters, in page titles.
		const first = reviewTitles.get(review.title);
		if (first !== undefined) report(`reviews[${i}].title`, `duplicate review title "${review.title}" (also reviews[${first}].title)`);
		else reviewTitles.set(review.title, i);
	});

	const textsById = new Map<string, ManifestText>();
	const sources = new Set<string>();
	const textsPerReview = new Map<string, number>();
	manifest.texts.forEach((text, i) => {
		if (textsById.has(text.id)) report(`texts[${i}].id`, `duplicate text id "${text.id}"`);
		else textsById.set(text.id, text);
		if (sources.has(text.source)) report(`texts[${i}].source`, `"${text.source}" is already the source of another text`);
		sources.add(text.source);
		if (!reviewIds.has(text.review)) report(`texts[${i}].review`, `no review with id "${text.review}" in reviews`);
		const count = (textsPerReview.get(text.review) ?? 0) + 1;
		textsPerReview.set(text.review, count);
		// Reported once, at the first text too many.
		if (count === MAX_TEXTS_PER_REVIEW + 1) report(`texts[${i}].review`, tooManyTexts(text.review, manifest.texts));
	});

	manifest.texts.forEach((text, i) => {
		const field = `texts[${i}].derivedFrom`;
		const parentId = text.derivedFrom ?? null;
		if (text.kind === 'original') {
			if (parentId !== null) report(field, `an original is not derived from another text (found "${parentId}")`);
			return;
		}
		const parent = parentId === null ? undefined : textsById.get(parentId);
		if (parentId === null) report(field, `a ${text.kind} must name the text it was made from`);
		else if (parentId === text.id) report(field, `"${text.id}" cannot be derived from itself`);
		else if (!parent) report(field, `no text with id "${parentId}"`);
		else if (parent.review !== text.review) {
			report(field, `"${parentId}" belongs to review "${parent.review}", not to "${text.review}"`);
		} else {
			const cycle = findCycle(text.id, textsById);
			if (cycle) report(field, `derivation cycle: ${cycle.join(' → ')}`);
		}
	});
	return problems;
}

function tooManyTexts(review: string, texts: readonly ManifestText[]): string {
	const count = texts.filter((text) => text.review === review).length;
	const pairs = (count * (count - 1)) / 2;
	const number = new Intl.NumberFormat('en');
	return `review "${review}" has ${number.format(count)} texts, more than the ${MAX_TEXTS_PER_REVIEW} a review may have: every pair of its texts is aligned and compared (${number.format(pairs)} pairs)`;
}

/** Follows `derivedFrom` from `start`; returns the ids of a cycle through `start`, if any. */
function findCycle(start: string, textsById: ReadonlyMap<string, Pick<ManifestText, 'derivedFrom'>>): string[] | null {
	const path = [start];
	const seen = new Set(path);
	let next = textsById.get(start)?.derivedFrom;
	while (next) {
		path.push(next);
		if (next === start) return path;
		// A cycle that does not pass through `start` is reported from its own members.
		if (seen.has(next)) return null;
		seen.add(next);
		next = textsById.get(next)?.derivedFrom;
	}
	return null;
}
