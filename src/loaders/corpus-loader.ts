import { resolve, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { Corpus } from '../corpus/load-corpus.ts';
import { CorpusInfoSchema, ReviewEntrySchema, StoredTextSchema } from '../corpus/schema.ts';
import { PersonEntrySchema } from '../corpus/people-schema.ts';
import { forgetCorpus, readCorpusOnce } from './read-corpus-once.ts';
import { renderCorpusProse, type CorpusProse } from './render-corpus-prose.ts';

export interface CorpusLoaderOptions {
	/** The corpus folder, absolute or relative to the project root. */
	dir: string;
}

// The collections read the same folder: reading and segmenting it once per build (and
// once per change in `astro dev`, see read-corpus-once.ts) keeps the build linear in its size.

type Sync = (corpus: Corpus, context: LoaderContext, root: string, dir: string) => Promise<void>;

// The info and reviews loaders both show prose: rendered once per corpus read.
const prose = new WeakMap<Corpus, CorpusProse>();
function proseOf(corpus: Corpus, dir: string, root: string): CorpusProse {
	let rendered = prose.get(corpus);
	if (!rendered) prose.set(corpus, (rendered = renderCorpusProse(corpus, dir, root)));
	return rendered;
}

/** Builds a loader over one part of a corpus folder, reloaded when the folder changes. */
function corpusPartLoader(name: string, options: CorpusLoaderOptions, sync: Sync) {
	return {
		name,
		load: async (context) => {
			const root = fileURLToPath(context.config.root);
			const dir = resolve(root, options.dir);
			const run = async () => {
				const corpus = await readCorpusOnce(dir, root);
				const started = performance.now();
				await sync(corpus, context, root, dir);
				performance.measure('corpus:store', { start: started, detail: { collection: context.collection } });
			};
			await run();
			context.watcher?.add(dir);
			context.watcher?.on('all', async (_event, changed) => {
				if (changed !== dir && !changed.startsWith(dir + sep)) return;
				context.logger.info(`Reloading the corpus after a change to ${relative(root, changed)}`);
				forgetCorpus(dir);
				await run();
			});
		},
	} satisfies Loader;
}

/**
 * The `texts` collection: one entry per text, with what pages list of it. Its characters,
 * sentences and reading view stay in the loaded corpus (`loadedCorpus()`), so the store
 * does not grow with the texts' length (its SHA-256 stands for them in the digest).
 */
export function textsLoader(options: CorpusLoaderOptions) {
	return {
		...corpusPartLoader('corpus-texts', options, async (corpus, { store, parseData, generateDigest }, root) => {
			store.clear();
			for (const text of corpus.texts) {
				const { sentences, reading: _, ...listed } = text.data;
				const { id } = listed;
				const data = await parseData({ id, data: { ...listed, sentenceCount: sentences.length }, filePath: text.filePath });
				store.set({ id, data, digest: generateDigest(data), filePath: relative(root, text.filePath) });
			}
		}),
		schema: StoredTextSchema,
	} satisfies Loader;
}

/**
 * Replaces a collection's entries with `items`, each with its position in its list:
 * Astro's data store hands entries back sorted by id, and pages list them as the
 * corpus does, so they sort by `order`.
 */
async function storeInOrder<T extends { id: string }>(
	items: readonly T[],
	{ store, parseData, generateDigest }: LoaderContext,
	extra: (item: T) => Record<string, unknown> = () => ({}),
) {
	store.clear();
	for (const [order, item] of items.entries()) {
		const data = await parseData({ id: item.id, data: { ...item, ...extra(item), order } });
		store.set({ id: item.id, data, digest: generateDigest(data) });
	}
}

/** The `reviews` collection: the works that texts are versions of. */
export function reviewsLoader(options: CorpusLoaderOptions) {
	return {
		...corpusPartLoader('corpus-reviews', options, (corpus, context, root, dir) => {
			const notes = proseOf(corpus, dir, root).reviewNotesHtml;
			return storeInOrder(corpus.reviews, context, (review) => (notes.has(review.id) ? { notesHtml: notes.get(review.id) } : {}));
		}),
		schema: ReviewEntrySchema,
	} satisfies Loader;
}

/** The `corpus` collection: a single entry, `info`, with the corpus's title and description. */
export function corpusInfoLoader(options: CorpusLoaderOptions) {
	return {
		...corpusPartLoader('corpus-info', options, async (corpus, { store, parseData, generateDigest }, root, dir) => {
			store.clear();
			const { reviewNotesHtml: _, ...html } = proseOf(corpus, dir, root);
			const data = await parseData({ id: 'info', data: { ...corpus.info, ...html } });
			store.set({ id: 'info', data, digest: generateDigest(data) });
		}),
		schema: CorpusInfoSchema,
	} satisfies Loader;
}

/**
 * The `people` collection: the names index (`people.yaml`), one entry per person; empty
 * when the corpus has no names index.
 */
export function peopleLoader(options: CorpusLoaderOptions) {
	return {
		...corpusPartLoader('corpus-people', options, (corpus, context) => storeInOrder(corpus.people, context)),
		schema: PersonEntrySchema,
	} satisfies Loader;
}
