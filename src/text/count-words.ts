/** Word counts by the locale's own word boundaries (ICU), not by splitting on spaces. */

const segmenters = new Map<string, Intl.Segmenter>();

/** Number of word-like segments (`isWordLike`) of `text` in language `lang`; punctuation does not count. */
export function countWords(text: string, lang: string): number {
	let count = 0;
	for (const segment of getSegmenter(lang).segment(text)) {
		if (segment.isWordLike) count++;
	}
	return count;
}

function getSegmenter(lang: string): Intl.Segmenter {
	const segmenter = segmenters.get(lang) ?? new Intl.Segmenter(lang, { granularity: 'word' });
	segmenters.set(lang, segmenter);
	return segmenter;
}
