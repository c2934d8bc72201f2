/**
 * The corpus schemas: the single source of truth for what a corpus manifest may say
 * (`ManifestSchema`, what authors write) and for what the site knows about each text
 * once it is loaded (`TextEntrySchema`, what pages read). TypeScript types are
 * inferred from these, never restated.
 *
 * @see https://docs.astro.build/en/guides/content-collections/
 */
import { z } from 'astro/zod';
import { SentenceSchema, TextFormatSchema } from '../text/sentence-schema.ts';
import { isSupportedLanguage, SUPPORTED_LANGUAGES } from './languages.ts';
import { visibleText } from './visible-text.ts';

/** A URL-safe identifier: lower-case letters, digits and inner hyphens. */
export const SlugSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single hyphens, like "a-en" or "sergei-urusevsky"');

/** What a text is relative to the others of its review. */
export const TextKindSchema = z.enum(['original', 'rewrite', 'translation']);

export const LanguageTagSchema = z.string().refine(isSupportedLanguage, {
	error: (issue) => `unsupported language ${JSON.stringify(issue.input)} (supported: ${Object.keys(SUPPORTED_LANGUAGES).join(', ')})`,
});

/** One text as the manifest describes it. */
export const ManifestTextSchema = z.strictObject({
	/** Stable URL slug: the text is published at `/texts/<id>/`. */
	id: SlugSchema,
	/** Title shown to readers, in English. */
	title: visibleText(z.string().trim().min(1)),
	/** BCP 47 tag of the text's language (`en`, `es`). */
	lang: LanguageTagSchema,
	/** `original`, `rewrite` (same language, machine-made) or `translation`. */
	kind: TextKindSchema,
	/** Id of the review this text is a version of, shared by all its variants. */
	review: SlugSchema,
	/** Id of the text this one was made from; required for rewrites and translations. */
	derivedFrom: SlugSchema.nullish(),
	/** File name of the text, inside the corpus folder. */
	source: visibleText(z.string())
		.regex(/^[^/\\]+\.txt$/, 'must be a plain .txt file name inside the corpus folder')
		.refine((name) => !name.startsWith('.'), 'must not be a hidden file'),
	/** Layout of the file; defaults to `tokenized` for originals and `prose` otherwise. */
	format: TextFormatSchema.optional(),
	/** Free provenance notes. */
	notes: visibleText(z.string()).optional(),
});

/** A title of a work, as it is written: `The Cranes Are Flying`. */
const WorkTitleSchema = visibleText(z.string().trim().min(1));

/**
 * The work a review is about (a film, a book), by its titles. The reading view of a
 * lower-cased text writes these titles with their capitals wherever the text names them.
 */
export const WorkSchema = z.strictObject({
	/** The title as English texts write it: `The Cranes Are Flying`. */
	title: WorkTitleSchema,
	/** Its other titles, original or translated: `Letyat zhuravli`. */
	otherTitles: z.array(WorkTitleSchema).optional(),
});

/**
 * The most characters a Markdown field may hold. Markdown's emphasis rules cost time in
 * the square of a run of `*a*a*a…` (80 KB took 27.7 s), and nested quotes or lists take
 * stack (3,000 levels of `> ` overflow it): the limit bounds both, and is far above any
 * description or note of a corpus (the seeds' longest is 700 characters).
 */
export const MAX_MARKDOWN_LENGTH = 8000;

/** Prose written in Markdown: rendered once per build, with raw HTML dropped. */
const markdownText = (schema: z.ZodString) =>
	visibleText(schema).max(MAX_MARKDOWN_LENGTH, `must be at most ${MAX_MARKDOWN_LENGTH.toLocaleString('en')} characters of Markdown`);

/** One review: the work that a text and all its variants are versions of. */
export const ReviewSchema = z.strictObject({
	/** Stable id, referred to by each text's `review`. */
	id: SlugSchema,
	/** Title shown to readers, e.g. "Review A". */
	title: visibleText(z.string().trim().min(1)),
	/** What the review is about (Markdown). */
	notes: markdownText(z.string()).optional(),
	/** The work reviewed, by its titles (optional). */
	work: WorkSchema.optional(),
});

/** The manifest file (`corpus.yaml`) of a corpus folder. */
export const ManifestSchema = z.strictObject({
	/** Name of the corpus, shown as the site's title. */
	title: visibleText(z.string().trim().min(1)),
	/** What the corpus is, for the home page (Markdown). */
	description: markdownText(z.string().trim().min(1)),
	/** Where the texts come from (Markdown). */
	provenance: markdownText(z.string()).optional(),
	reviews: z.array(ReviewSchema).min(1),
	texts: z.array(ManifestTextSchema).min(1),
});

/**
 * Position of an entry in its manifest list, from 0. Astro's data store hands entries
 * back sorted by id; pages list them in the order the manifest gives, so they sort by this.
 */
export const ManifestOrderSchema = z.number().int().nonnegative();

/** Markdown prose rendered to safe HTML when the corpus is loaded (`src/loaders/render-corpus-prose.ts`). */
const RenderedProseSchema = z.string();

/** A review, as pages read it from the `reviews` collection. */
export const ReviewEntrySchema = ReviewSchema.extend({
	order: ManifestOrderSchema,
	/** `notes`, rendered. */
	notesHtml: RenderedProseSchema.optional(),
});

/** A loaded text, as pages read it from the `texts` collection. */
export const TextEntrySchema = ManifestTextSchema.extend({
	order: ManifestOrderSchema,
	derivedFrom: SlugSchema.nullable(),
	format: TextFormatSchema,
	/** Hex SHA-256 of the file's bytes. */
	sha256: z.string().regex(/^[0-9a-f]{64}$/),
	/** Size of the file in bytes. */
	bytes: z.number().int().positive(),
	sentences: z.array(SentenceSchema).min(1),
	/** Reading view of each sentence, in order: a view, never a replacement. */
	reading: z.array(z.string()),
	/** Words in the reading view. */
	wordCount: z.number().int().nonnegative(),
});

/**
 * A text as the `texts` collection stores it: what pages list (ids, titles, counts), not
 * its sentences, which pages take from the loaded corpus (`src/site/get-corpus.ts`).
 */
export const StoredTextSchema = TextEntrySchema.omit({ sentences: true, reading: true }).extend({
	sentenceCount: z.number().int().positive(),
});

/** The corpus as a whole, for the home page. */
export const CorpusInfoSchema = ManifestSchema.pick({ title: true, description: true, provenance: true }).extend({
	/** `description`, rendered. */
	descriptionHtml: RenderedProseSchema,
	/** `provenance`, rendered. */
	provenanceHtml: RenderedProseSchema.optional(),
});

export type ManifestInput = z.input<typeof ManifestSchema>;
export type Manifest = z.output<typeof ManifestSchema>;
export type ManifestText = z.output<typeof ManifestTextSchema>;
export type Review = z.output<typeof ReviewSchema>;
export type Work = z.output<typeof WorkSchema>;
export type TextKind = z.output<typeof TextKindSchema>;
export type TextEntry = z.output<typeof TextEntrySchema>;
export type CorpusInfo = z.output<typeof CorpusInfoSchema>;
export type { TextFormat } from '../text/sentence-schema.ts';
