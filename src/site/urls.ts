/** Where things are published: the one place that knows the site's URL layout. */

/** Reading page of a text (its default view). */
export const textUrl = (id: string) => `/texts/${id}/`;
/** A sentence on the reading page of a text: `/texts/a-en/#s4`. */
export const sentenceUrl = (textId: string, sentenceId: string) => `${textUrl(textId)}#${sentenceId}`;
/** Source view of a text: its exact characters, sentence by sentence. */
export const sourceViewUrl = (id: string) => `/texts/${id}/source/`;
/** The unchanged file of a text. */
export const rawTextUrl = (id: string) => `/texts/${id}.txt`;
/** A text's sentences as JSON. */
export const textDataUrl = (id: string) => `/data/texts/${id}.json`;
/** The corpus as JSON. */
export const corpusDataUrl = '/data/corpus.json';
/** The names index: every person the texts mention. */
export const peopleUrl = '/people/';
/** Page of one person: who they are and every mention. */
export const personUrl = (id: string) => `/people/${id}/`;
/** The names index as JSON, with every spelling (the search page expands queries with it). */
export const peopleDataUrl = '/data/people.json';
/** The search page. */
export const searchUrl = '/search/';
/** Folder of the search bundle of one language, relative to the site root. */
export const searchBundlePath = (language: string) => `pagefind/${language}/`;
/** Side-by-side comparison of two variants. */
export const comparePairUrl = (source: string, target: string) => `/compare/${source}/${target}/`;
/** Every variant of a review, in columns. */
export const compareReviewUrl = (review: string) => `/compare/${review}/`;
/** An alignment as JSON. */
export const alignmentDataUrl = (source: string, target: string) => `/data/alignments/${source}--${target}.json`;
/** An alignment as TMX 1.4. */
export const alignmentTmxUrl = (source: string, target: string) => `/data/alignments/${source}--${target}.tmx`;
