/** Where things are published: the one place that knows the site's URL layout. */

/** Reading page of a text (its default view). */
export const textUrl = (id: string) => `/texts/${id}/`;
/** Source view of a text: its exact characters, sentence by sentence. */
export const sourceViewUrl = (id: string) => `/texts/${id}/source/`;
/** The unchanged file of a text. */
export const rawTextUrl = (id: string) => `/texts/${id}.txt`;
/** A text's sentences as JSON. */
export const textDataUrl = (id: string) => `/data/texts/${id}.json`;
/** The corpus as JSON. */
export const corpusDataUrl = '/data/corpus.json';
