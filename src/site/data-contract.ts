/**
 * The data contract, for the data page: the README's "Data formats" section, rendered.
 * One text documents the formats, so the page and the README cannot disagree.
 */
import readme from '../../README.md?raw';
import { renderMarkdown } from '../render/render-markdown.ts';

const HEADING = '## Data formats';

/** The README's "Data formats" section as HTML, without its heading. */
export function dataContractHtml(markdown: string = readme): string {
	const start = markdown.indexOf(`\n${HEADING}\n`);
	if (start === -1) throw new Error(`The README has no "${HEADING}" section for the data page.`);
	const body = markdown.slice(start + HEADING.length + 2);
	const end = body.indexOf('\n## ');
	return renderMarkdown(end === -1 ? body : body.slice(0, end));
}
