/**
 * The published data formats (`/data/…`), a contract other tools rely on; the README's
 * "Data formats" section documents them and `tests/unit/corpus-data.test.ts` pins them.
 */
import type { QaReport } from '../qa/index.ts';
import type { PairAlignment } from './get-alignments.ts';
import type { PairQa } from './get-qa.ts';
import type { TextRecord } from './get-corpus.ts';
import { alignmentDataUrl, alignmentTmxUrl, comparePairUrl, qaDataUrl, rawTextUrl, textDataUrl, textUrl } from './urls.ts';

/** `/data/corpus.json` */
export function describeCorpus(texts: readonly TextRecord[], alignments: readonly PairAlignment[]) {
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
		alignments: alignments.map(({ source, target }) => ({
			source: source.id,
			target: target.id,
			url: comparePairUrl(source.id, target.id),
			data: alignmentDataUrl(source.id, target.id),
			tmx: alignmentTmxUrl(source.id, target.id),
			qa: qaDataUrl(source.id, target.id),
		})),
	};
}

/** `/data/alignments/<a>--<b>.json` */
export function describeAlignment({ source, target, links }: PairAlignment) {
	return {
		source: source.id,
		target: target.id,
		links: links.map((link) => ({ source: link.source, target: link.target, confidence: link.confidence })),
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

/** `/data/qa/<a>--<b>.json`: the findings as published, without where pages mark them. */
export function describeQa({ alignment, findings }: PairQa): QaReport {
	return {
		source: alignment.source.id,
		target: alignment.target.id,
		findings: findings.map(({ check, source, target, side, text, message }) => ({ check, source, target, side, text, message })),
	};
}
