import { resolve, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { Corpus } from '../corpus/load-corpus.ts';
import { CorpusInfoSchema, ReviewEntrySchema, TextEntrySchema } from '../corpus/schema.ts';
import { recordStage } from '../integrations/build-timings.ts';
import { PersonEntrySchema } from '../people/schema.ts';
import { forgetCorpus, readCorpusOnce } from './read-corpus-once.ts';

export interface CorpusLoaderOptions {
	/** The corpus folder, absolute or relative to the project root. */
	dir: string;
}

// The collections read the same folder: reading and segmenting it once per build (and
// once per change in `astro dev`, see read-corpus-once.ts) keeps the build linear in its size.

type Sync = (corpus: Corpus, context: LoaderContext, root: string) => Promise<void>;

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
				await sync(corpus, context, root);
				recordStage('content:store', performance.now() - started, { collection: context.collection });
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

/** The `texts` collection: one entry per text, its verbatim characters as `body`. */
export function textsLoader(options: CorpusLoaderOptions) {
	return {
		...corpusPartLoader('corpus-texts', options, async (corpus, { store, parseData, generateDigest }, root) => {
			store.clear();
			for (const text of corpus.texts) {
				const { id } = text.data;
				const data = await parseData({ id, data: text.data, filePath: text.filePath });
				store.set({ id, data, body: text.body, digest: generateDigest(data), filePath: relative(root, text.filePath) });
			}
		}),
		schema: TextEntrySchema,
	} satisfies Loader;
}

/**
 * Replaces a collection's entries with `items`, each with its position in its list:
 * Astro's data store hands entries back sorted by id, and pages list them as the
 * corpus does, so they sort by `order`.
 */
async function storeInOrder(items: readonly { id: string }[], { store, parseData, generateDigest }: LoaderContext) {
	store.clear();
	for (const [order, item] of items.entries()) {
		const data = await parseData({ id: item.id, data: { ...item, order } });
		store.set({ id: item.id, data, digest: generateDigest(data) });
	}
}

/** The `reviews` collection: the works that texts are versions of. */
export function reviewsLoader(options: CorpusLoaderOptions) {
	return {
		...corpusPartLoader('corpus-reviews', options, (corpus, context) => storeInOrder(corpus.reviews, context)),
		schema: ReviewEntrySchema,
	} satisfies Loader;
}

/** The `corpus` collection: a single entry, `info`, with the corpus's title and description. */
export function corpusInfoLoader(options: CorpusLoaderOptions) {
	return {
		...corpusPartLoader('corpus-info', options, async (corpus, { store, parseData, generateDigest }) => {
			store.clear();
			const data = await parseData({ id: 'info', data: { ...corpus.info } });
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
