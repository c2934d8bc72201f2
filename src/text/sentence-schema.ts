/**
 * The schemas of the text core, the lowest folder: how a file is laid out and what a
 * sentence is. The corpus schema (`src/corpus/schema.ts`) builds on them, so types are
 * inferred from one zod schema and imports run one way, from `corpus/` down to `text/`.
 */
import { z } from 'astro/zod';

/**
 * How a file is laid out, which decides how it is segmented and read:
 * `tokenized`, one sentence per line with Penn Treebank-style tokens (`stalin 's`);
 * `prose`, running text split into sentences by a language-aware segmenter.
 */
export const TextFormatSchema = z.enum(['tokenized', 'prose']);

/** A sentence of a text: an exact slice of the file, with a stable id. */
export const SentenceSchema = z.object({
	/** `s1`, `s2`, …: also the id of the sentence's element on the reading page. */
	id: z.string().regex(/^s[1-9][0-9]*$/),
	/** The sentence's exact characters from the file. */
	text: z.string().min(1),
	/** UTF-16 offsets of the sentence in the decoded file text. */
	start: z.number().int().nonnegative(),
	end: z.number().int().positive(),
});

export type TextFormat = z.output<typeof TextFormatSchema>;
export type Sentence = z.output<typeof SentenceSchema>;
