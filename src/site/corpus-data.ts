/**
 * The published data formats (`/data/…`), a contract other tools rely on; the README's
 * "Data formats" section documents them and `tests/unit/corpus-data.test.ts` pins them.
 */
import type { TextRecord } from './get-corpus.ts';
import { rawTextUrl, textDataUrl, textUrl } from './urls.ts';

/** `/data/corpus.json` */
export function describeCorpus(texts: readonly TextRecord[]) {
	return {
		texts: texts.map(({ id, data }) => ({
			id,
			title: data.title,
			lang: data.lang,
			kind: data.kind,
			review: data.review,
			derivedFrom: data.derivedFrom,
			source: data.source,
			sha256: data.sha256,
			url: textUrl(id),
			raw: rawTextUrl(id),
			data: textDataUrl(id),
		})),
		alignments: [] as unknown[],
	};
}

/** `/data/texts/<id>.json` */
export function describeTextSentences({ id, data }: TextRecord) {
	return {
		id,
		lang: data.lang,
		sentences: data.sentences.map((sentence) => ({ id: sentence.id, text: sentence.text })),
	};
}
