/** Small corpora written to a temporary folder and read as the site reads them. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { Corpus } from '../../../src/corpus/load-corpus.ts';
import { loadTruecasedCorpus } from '../../../src/truecase/load-truecased-corpus.ts';

export interface TextSpec {
	id: string;
	lang: 'en' | 'es';
	kind: 'original' | 'rewrite' | 'translation';
	body: string;
	review?: string;
}

export interface CorpusSpec {
	texts: TextSpec[];
	people?: { id: string; name: string; role: string; description: string; spellings: string[] }[];
	work?: { title: string; otherTitles?: string[] };
}

/** Writes the corpus, reads it with `loadTruecasedCorpus`, and deletes it. */
export async function corpusOf(spec: CorpusSpec): Promise<Corpus> {
	const dir = mkdtempSync(join(tmpdir(), 'truecase-'));
	try {
		const reviews = [...new Set(spec.texts.map((text) => text.review ?? 'r'))].map((id) => ({
			id,
			title: `Review ${id}`,
			...(spec.work ? { work: spec.work } : {}),
		}));
		const originals = new Map(spec.texts.filter((text) => text.kind === 'original').map((text) => [text.review ?? 'r', text.id]));
		const texts = spec.texts.map((text) => {
			writeFileSync(join(dir, `${text.id}.txt`), text.body);
			const derivedFrom = text.kind === 'original' ? {} : { derivedFrom: originals.get(text.review ?? 'r') };
			return {
				id: text.id,
				title: text.id,
				lang: text.lang,
				kind: text.kind,
				review: text.review ?? 'r',
				source: `${text.id}.txt`,
				...derivedFrom,
			};
		});
		writeFileSync(join(dir, 'corpus.yaml'), stringify({ title: 'T', description: 'D', reviews, texts }));
		if (spec.people) writeFileSync(join(dir, 'people.yaml'), stringify({ people: spec.people }));
		return await loadTruecasedCorpus(dir, dir);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** The reading view of one text of a corpus. */
export function readingOf(corpus: Corpus, id: string): string[] {
	return corpus.texts.find((text) => text.data.id === id)!.data.reading;
}
