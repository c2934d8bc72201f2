/**
 * Every word's postings, gathered text by text straight into their flat form
 * (`index-format.ts`): at 100,000 texts that is some 100 million numbers, which as one
 * object per occurrence would take gigabytes more.
 */
import type { SupportedLanguage } from '../corpus/languages.ts';
import { analyzerOf, surfaceOf, wordsOf } from './analyze.ts';
import { keyOf, type Postings } from './index-format.ts';

/** Words longer than this are not indexed: no reader types them, and a hostile one would fill a shard. */
export const MAX_WORD_LENGTH = 64;

/** A word's postings as they are gathered. */
export interface WordPostings {
	flat: Postings;
	/** Sentences it is in. */
	sentences: number;
	/** Key of its last sentence, and where that sentence's count of positions is in `flat`. */
	last: number;
	countAt: number;
}

/** Language → surface → postings. */
export type CollectedWords = Map<SupportedLanguage, Map<string, WordPostings>>;

/** Adds the words of text number `text` (its reading view, sentence by sentence). */
export function collectText(words: CollectedWords, text: number, lang: string, reading: readonly string[]): void {
	const language = analyzerOf(lang);
	let byWord = words.get(language);
	if (!byWord) words.set(language, (byWord = new Map()));
	reading.forEach((sentence, i) => {
		const key = keyOf(text, i);
		wordsOf(sentence).forEach((word, position) => {
			if (word.length > MAX_WORD_LENGTH) return;
			const surface = surfaceOf(word);
			let postings = byWord.get(surface);
			if (!postings) byWord.set(surface, (postings = { flat: [], sentences: 0, last: 0, countAt: -1 }));
			if (postings.countAt >= 0 && postings.last === key) {
				postings.flat.push(position);
				postings.flat[postings.countAt]! += 1;
			} else {
				postings.flat.push(key - postings.last, 1, position);
				postings.countAt = postings.flat.length - 2;
				postings.last = key;
				postings.sentences += 1;
			}
		});
	});
}
