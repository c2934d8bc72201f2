/** The platform's segmenters (ICU), one per language and granularity, made once: they are costly to build. */
const segmenters = new Map<string, Intl.Segmenter>();

/** The `Intl.Segmenter` of `lang` at `granularity`, shared by every caller. */
export function segmenterOf(lang: string, granularity: 'word' | 'sentence'): Intl.Segmenter {
	const key = `${lang} ${granularity}`;
	let segmenter = segmenters.get(key);
	if (!segmenter) segmenters.set(key, (segmenter = new Intl.Segmenter(lang, { granularity })));
	return segmenter;
}
