/**
 * The corpus folder, read, checked, segmented and truecased once per build, for the four
 * collections' loaders. Astro may evaluate the content config in more than one module
 * graph (its own and Vite's module runner), and a module-level cache would be one per
 * graph: the cache lives on `globalThis`, under a registered symbol, shared by the process.
 */
import type { Corpus } from '../corpus/load-corpus.ts';
import { loadTruecasedCorpus } from '../truecase/load-truecased-corpus.ts';

const CACHE = Symbol.for('review-corpus:corpora');
const LATEST = Symbol.for('review-corpus:latest-corpus');
const shared = globalThis as unknown as {
	[CACHE]?: Map<string, Promise<Corpus>>;
	[LATEST]?: Promise<Corpus>;
};
const corpora = (shared[CACHE] ??= new Map<string, Promise<Corpus>>());

/** The corpus of `dir` (an absolute path), read on first use. */
export function readCorpusOnce(dir: string, root: string): Promise<Corpus> {
	let corpus = corpora.get(dir);
	if (!corpus) {
		const started = performance.now();
		corpus = loadTruecasedCorpus(dir, root).then((loaded) => {
			// A platform measure: whoever observes the build's performance entries sees the stage.
			performance.measure('corpus:load', { start: started, detail: { texts: loaded.texts.length } });
			return loaded;
		});
		corpora.set(dir, corpus);
	}
	shared[LATEST] = corpus;
	return corpus;
}

/**
 * The corpus the collections were last loaded from. The `texts` collection stores what
 * pages list (ids, titles, counts); pages that show sentences take them from here, the
 * same objects in the same process, so the content store stays small at any corpus size
 * (Astro writes it as one string, which V8 caps at 512 MiB).
 */
export function loadedCorpus(): Promise<Corpus> {
	const corpus = shared[LATEST];
	if (!corpus) throw new Error('The corpus has not been loaded: the content collections’ loaders did not run in this process.');
	return corpus;
}

/** Forgets the corpus of `dir`, so the next read sees its files as they are now. */
export function forgetCorpus(dir: string): void {
	corpora.delete(dir);
}
