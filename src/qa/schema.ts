/**
 * The translation checks' findings: the single source of truth for what `/data/qa/…`
 * publishes and what the comparison pages show. Types are inferred from these.
 */
import { z } from 'astro/zod';

/**
 * What a check looks for, as a reviewer of machine translation would:
 * - `untranslated`: a word of the source's language left in the target;
 * - `not-a-word`: a word no dictionary of the target's language knows;
 * - `number`: a number on one side with no counterpart on the other;
 * - `name`: a person of the names index spelled otherwise, or named on one side only;
 * - `omission` / `addition`: a sentence with no counterpart, or a link far shorter or
 *   longer than the pair's usual length ratio;
 * - `residue`: markup or encoding left in the text (`<br />`, `&amp;`, `Ã©`);
 * - `repeat`: a word twice in a row.
 */
export const CheckIdSchema = z.enum(['untranslated', 'not-a-word', 'number', 'name', 'omission', 'addition', 'residue', 'repeat']);
export type CheckId = z.infer<typeof CheckIdSchema>;

/** Every check, in the order pages list them. */
export const CHECK_IDS: readonly CheckId[] = CheckIdSchema.options;

/** Which text of the pair a finding's words are in. */
export const SideSchema = z.enum(['source', 'target']);
export type Side = z.infer<typeof SideSchema>;

/** One finding, as published. */
export const QaFindingSchema = z.strictObject({
	check: CheckIdSchema,
	/**
	 * The sentences of the source the finding concerns: the one holding `text` when
	 * `side` is `source`, else every source sentence of the link (none for an addition).
	 */
	source: z.array(z.string()),
	/** The same for the target. */
	target: z.array(z.string()),
	/** The text holding `text`. */
	side: SideSchema,
	/**
	 * The words at fault, as the text writes them (`wartime`, `casi casi`, `<br />`); for a
	 * whole sentence (an omission) its first 200 characters, cut at a word, then `…`.
	 */
	text: z.string(),
	/** One sentence for a reader. */
	message: z.string(),
});
export type QaFinding = z.infer<typeof QaFindingSchema>;

/** `/data/qa/<source>--<target>.json` */
export const QaReportSchema = z.strictObject({
	source: z.string(),
	target: z.string(),
	findings: z.array(QaFindingSchema),
});
export type QaReport = z.infer<typeof QaReportSchema>;

/**
 * A finding with where it is, for marking it: the link it belongs to (its index in the
 * pair's links) and, when its words are in the sentence's reading view, their offsets.
 */
export interface LocatedFinding extends QaFinding {
	link: number;
	at?: { sentence: string; start: number; end: number };
}
