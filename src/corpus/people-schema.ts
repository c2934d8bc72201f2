/**
 * The names index schema: what `people.yaml` may say about the people and characters a
 * corpus mentions. Types are inferred from it, never restated. The checks that span
 * several people (unique ids, a spelling naming one person only, `playedBy` links) are
 * part of the schema, so every reader of the file gets them.
 */
import { z } from 'astro/zod';
import { ManifestOrderSchema, SlugSchema } from './schema.ts';
import { visibleText } from './visible-text.ts';
import { checkPeople } from './check-people.ts';
import { foldName, isWellFormedSpelling, nameTokens } from '../text/fold-name.ts';

/**
 * What a person is in the corpus: the film's makers, its cast and its characters, and
 * the directors and political figures the reviews bring in.
 */
export const PersonRoleSchema = z.enum(['director', 'cinematographer', 'writer', 'actor', 'actress', 'character', 'historical figure']);

/**
 * The most words a spelling may have. Names are matched by walking each text's words
 * into a trie of spellings, so a spelling of n words can cost n steps at every word of
 * every text: a 3,001-word "spelling" made a build take 152 s instead of 4. The longest
 * real names have five or six words (`Mikhail Konstantinovich Kalatozishvili`).
 */
export const MAX_SPELLING_WORDS = 8;

/** A way a name is written, as words separated by spaces, hyphens, apostrophes or periods. */
export const SpellingSchema = visibleText(z.string().trim().min(1))
	.refine(isWellFormedSpelling, 'must be words separated by spaces, hyphens, apostrophes or periods, like "Sergei Urusevsky"')
	.refine(
		(spelling) => nameTokens(spelling).length <= MAX_SPELLING_WORDS,
		`must have at most ${MAX_SPELLING_WORDS} words: it is a name, matched word by word in every text`,
	);

/** One person or character. */
export const PersonSchema = z
	.strictObject({
		/** Stable URL slug of the person's page; not only digits, which name the pages of the names index (`/people/2/`). */
		id: SlugSchema.refine((id) => !/^\d+$/.test(id), 'must not be only digits: /people/<number>/ is a page of the names index'),
		/** Canonical name, shown as the page title; one of the spellings. */
		name: visibleText(z.string().trim().min(1)),
		/** What the person is; a closed set, so pages can group people by it. */
		role: PersonRoleSchema,
		/** One or two neutral sentences in English: facts only. */
		description: visibleText(z.string().trim().min(1)),
		/**
		 * Every spelling the corpus uses or a reader would type, in every language of the
		 * corpus, with canonical capitals. Matched as whole words, ignoring case and accents,
		 * so two spellings that differ only in those are one spelling.
		 */
		spellings: z.array(SpellingSchema).min(1),
		/** For a character: the id of the actor or actress who plays it. */
		playedBy: SlugSchema.optional(),
	})
	.superRefine((person, ctx) => {
		const folded = foldName(person.name);
		if (!person.spellings.some((spelling) => foldName(spelling) === folded)) {
			ctx.addIssue({ code: 'custom', path: ['name'], message: `the name "${person.name}" must also be one of the spellings` });
		}
	});

/** The names index file (`people.yaml`): a list of people under `people`. */
export const PeopleSchema = z
	.strictObject({
		/** People in the order pages list them. */
		people: z.array(PersonSchema),
	})
	.superRefine(({ people }, ctx) => {
		for (const { path, message } of checkPeople(people)) ctx.addIssue({ code: 'custom', path: ['people', ...path], message });
	});

/** A person of the `people` collection: a person of people.yaml and where it stands there. */
export const PersonEntrySchema = PersonSchema.safeExtend({ order: ManifestOrderSchema });

export type PersonRole = z.output<typeof PersonRoleSchema>;
export type Person = z.output<typeof PersonSchema>;
