/**
 * Corpus metadata (titles, descriptions, notes, file names, and the names index) is
 * written by the corpus's editors and shown on every page, in titles and headings. Unlike
 * the texts, which are published as they were received and whose invisible characters the
 * source view shows, it may not hold hidden characters: a bidi override in a title would
 * reorder the page's heading and the browser tab, a NUL would vanish, a zero-width space
 * would make two names look alike. The build refuses them, naming the character.
 */
import type { z } from 'astro/zod';
import { findHiddenCharacter, visibleStandIn } from '../text/invisible-characters.ts';

/** Why `text` cannot be shown as metadata, or null when it can. */
export function hiddenCharacterProblem(text: string): string | null {
	const found = findHiddenCharacter(text);
	if (!found) return null;
	// Counted in characters, as an editor counts them, not in UTF-16 units.
	const position = [...text.slice(0, found.index)].length + 1;
	const { title } = visibleStandIn(found.char);
	return `holds ${title} at character ${position}, an invisible character that can hide or reorder the text around it; remove it`;
}

/** `schema`, refusing strings that hold a hidden character (`hiddenCharacterProblem`). */
export function visibleText<Schema extends z.ZodString>(schema: Schema): Schema {
	return schema.superRefine((value, ctx) => {
		const problem = hiddenCharacterProblem(value);
		if (problem) ctx.addIssue({ code: 'custom', message: problem });
	});
}
