/**
 * Reads a built search index back (`src/search/index-format.ts`): each sentence as the
 * results show it, and each word with the sentences and positions it is indexed at.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IndexShard, ReviewFile } from '../../src/search/index-format.ts';
import { decodePostings, type Occurrence } from '../../src/search/index-format.ts';

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** Every sentence of the index by `<text id> <sentence id>`: the text a result shows for it. */
export function readIndexedSentences(outDir: string): Map<string, string> {
	const sentences = new Map<string, string>();
	for (const name of readdirSync(join(outDir, 'search-index/reviews'))) {
		const review = readJson<ReviewFile>(join(outDir, 'search-index/reviews', name));
		for (const { id: textId, sentenceIds, reading } of review.texts) {
			sentenceIds.forEach((id, i) => sentences.set(`${textId} ${id}`, reading[i]!));
		}
	}
	return sentences;
}

/** Every indexed word of a language, with its occurrences (inline or from its blocks). */
export function readIndexedWords(outDir: string, language: string): Map<string, Occurrence[]> {
	const folder = join(outDir, 'search-index', language);
	const words = new Map<string, Occurrence[]>();
	for (const name of readdirSync(folder).filter((file) => file.endsWith('.json'))) {
		readJson<IndexShard>(join(folder, name)).words.forEach(([surface, , postings], w) => {
			const blocks = Array.isArray(postings)
				? [postings]
				: postings.blocks.map((_, b) => readJson<number[]>(join(folder, name.replace(/\.json$/, ''), `${w}-${b}.json`)));
			words.set(
				surface,
				blocks.flatMap((block) => decodePostings(block)),
			);
		});
	}
	return words;
}
