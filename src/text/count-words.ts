/** Word counts by the locale's own word boundaries (ICU), not by splitting on spaces. */
import { segmenterOf } from './segmenter.ts';

/** Number of word-like segments (`isWordLike`) of `text` in language `lang`; punctuation does not count. */
export function countWords(text: string, lang: string): number {
	let count = 0;
	for (const segment of segmenterOf(lang, 'word').segment(text)) {
		if (segment.isWordLike) count++;
	}
	return count;
}
