import { defineCollection } from 'astro:content';
import { corpusDir } from './corpus/corpus-dir.ts';
import { corpusInfoLoader, peopleLoader, reviewsLoader, textsLoader } from './loaders/corpus-loader.ts';

const corpus = { dir: corpusDir() };

export const collections = {
	texts: defineCollection({ loader: textsLoader(corpus) }),
	reviews: defineCollection({ loader: reviewsLoader(corpus) }),
	corpus: defineCollection({ loader: corpusInfoLoader(corpus) }),
	people: defineCollection({ loader: peopleLoader(corpus) }),
};
