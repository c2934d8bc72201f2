import { relative, join } from 'node:path';
import type { Corpus } from '../corpus/load-corpus.ts';
import { CorpusError, type CorpusProblem } from '../corpus/corpus-error.ts';
import { MANIFEST_FILE } from '../corpus/read-manifest.ts';
import { markdownNestingDepth } from '../render/markdown-nesting.ts';
import { renderMarkdown } from '../render/render-markdown.ts';

/**
 * How deeply the manifest's Markdown may nest quotes and lists: rendering recurses once a
 * level, and 3,000 levels of `> ` in 6 KB overflowed the stack while pages were written.
 */
export const MAX_MARKDOWN_NESTING = 32;

/** The manifest's Markdown prose, rendered once for every page that shows it. */
export interface CorpusProse {
	descriptionHtml: string;
	provenanceHtml?: string;
	/** Each review's `notes`, rendered, by review id. */
	reviewNotesHtml: Map<string, string>;
}

/**
 * Renders the manifest's Markdown fields, when the corpus is loaded rather than when a page
 * is written: a field that cannot be rendered (nested too deep for the stack) then fails
 * the build before any page exists, naming its file and field.
 * @throws {CorpusError} listing every field that could not be rendered.
 */
export function renderCorpusProse(corpus: Corpus, dir: string, root: string): CorpusProse {
	const file = relative(root, join(dir, MANIFEST_FILE)) || MANIFEST_FILE;
	const problems: CorpusProblem[] = [];
	const render = (field: string, markdown: string): string => {
		const depth = markdownNestingDepth(markdown);
		if (depth > MAX_MARKDOWN_NESTING) {
			problems.push({
				file,
				field,
				reason: `nests quotes or lists ${depth.toLocaleString('en')} levels deep, more than the ${MAX_MARKDOWN_NESTING} allowed`,
			});
			return '';
		}
		try {
			return renderMarkdown(markdown);
		} catch (error) {
			const reason =
				error instanceof RangeError
					? 'cannot be rendered: its quotes or lists are nested too deeply'
					: `cannot be rendered (${String(error)})`;
			problems.push({ file, field, reason });
			return '';
		}
	};
	const { description, provenance } = corpus.info;
	const prose: CorpusProse = { descriptionHtml: render('description', description), reviewNotesHtml: new Map() };
	if (provenance) prose.provenanceHtml = render('provenance', provenance);
	corpus.reviews.forEach((review, i) => {
		if (review.notes) prose.reviewNotesHtml.set(review.id, render(`reviews[${i}].notes`, review.notes));
	});
	if (problems.length > 0) throw new CorpusError(problems);
	return prose;
}
