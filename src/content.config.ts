import { defineCollection } from 'astro:content';
import { corpusInfoLoader, reviewsLoader, textsLoader } from './loaders/corpus-loader.ts';

/**
 * The corpus folder: `content/` (the embedded default corpus) unless `CORPUS_DIR`
 * names another folder of the same shape.
 */
const corpus = { dir: process.env.CORPUS_DIR || 'content' };

export const collections = {
	texts: defineCollection({ loader: textsLoader(corpus) }),
	reviews: defineCollection({ loader: reviewsLoader(corpus) }),
	corpus: defineCollection({ loader: corpusInfoLoader(corpus) }),
};
