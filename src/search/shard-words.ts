/**
 * A language's words cut into shards and blocks (`index-format.ts`).
 *
 * Shards: words are grouped by the first letter of their folded stem (every form of a
 * word, accented or not, in one shard), and a group larger than `maxShardBytes` is split
 * by the next letter, so a search reads a few small files at any corpus size.
 *
 * Blocks: a word whose postings pass `inlineBytes` keeps only the first key of each of
 * its blocks in its shard; the blocks, of about `blockBytes` each, are files of their own,
 * read one at a time as a search needs them. A frequent word ("the", in most English
 * sentences) then costs a search one block, not megabytes.
 */
import type { SupportedLanguage } from '../corpus/languages.ts';
import { foldedStemOf } from './analyze.ts';
import type { WordPostings } from './collect-postings.ts';
import { toGaps, type IndexShard, type Postings, type ShardWord } from './index-format.ts';

export interface ShardOptions {
	maxShardBytes: number;
	inlineBytes: number;
	blockBytes: number;
}

export interface LanguageShards {
	prefixes: string[];
	/** Path (`en/3.json`) → shard. */
	shards: Map<string, IndexShard>;
	/** Path (`en/3/12-0.json`) → block. */
	blocks: Map<string, Postings>;
}

const MAX_PREFIX_LENGTH = 4;

interface Entry {
	surface: string;
	key: string;
	word: ShardWord;
	blocks: Postings[];
	bytes: number;
}

/** JSON characters of a list of whole numbers, near enough to size files by. */
const jsonBytes = (numbers: readonly number[]) => numbers.reduce((sum, n) => sum + String(n).length + 1, 2);

/** Shards and blocks of one language's words. */
export function shardWords(language: SupportedLanguage, byWord: Map<string, WordPostings>, options: ShardOptions): LanguageShards {
	const entries: Entry[] = [...byWord.keys()].sort().map((surface) => {
		const postings = byWord.get(surface)!;
		// Freed as soon as it is cut: a large corpus's postings are held once, not twice.
		byWord.delete(surface);
		const bytes = jsonBytes(postings.flat);
		const key = foldedStemOf(surface, language);
		if (bytes <= options.inlineBytes) return { surface, key, word: [surface, postings.sentences, postings.flat], blocks: [], bytes };
		const { starts, blocks } = cutBlocks(postings.flat, options.blockBytes);
		const word: ShardWord = [surface, postings.sentences, { blocks: toGaps(starts) }];
		return { surface, key, word, blocks, bytes: jsonBytes(word[2].blocks) };
	});
	const prefixes: string[] = [];
	const shards = new Map<string, IndexShard>();
	const blocks = new Map<string, Postings>();
	splitByPrefix(entries, 1, options.maxShardBytes).forEach((group, n) => {
		prefixes.push(group.prefix);
		shards.set(`${language}/${n}.json`, { words: group.entries.map((entry) => entry.word) });
		group.entries.forEach((entry, w) => entry.blocks.forEach((block, b) => blocks.set(`${language}/${n}/${w}-${b}.json`, block)));
	});
	return { prefixes, shards, blocks };
}

/** Cuts flat postings into blocks of whole sentences, each starting from key 0 (its first gap is its first key). */
function cutBlocks(flat: Postings, blockBytes: number): { starts: number[]; blocks: Postings[] } {
	const starts: number[] = [];
	const blocks: Postings[] = [];
	let key = 0;
	let from = 0;
	let bytes = 0;
	const close = (to: number) => {
		if (to === from) return;
		const block = flat.slice(from, to);
		block[0] = starts.at(-1)!;
		blocks.push(block);
	};
	for (let i = 0; i < flat.length;) {
		key += flat[i]!;
		const length = 2 + flat[i + 1]!;
		let size = 0;
		for (let k = i; k < i + length; k++) size += String(flat[k]).length + 1;
		if (i === 0 || bytes + size > blockBytes) {
			close(i);
			from = i;
			bytes = 0;
			starts.push(key);
		}
		bytes += size;
		i += length;
	}
	close(flat.length);
	return { starts, blocks };
}

/** Groups entries by the first `depth` letters of their key, splitting large groups further. */
function splitByPrefix(entries: readonly Entry[], depth: number, maxBytes: number): { prefix: string; entries: Entry[] }[] {
	const byPrefix = Map.groupBy(entries, (entry) => [...entry.key].slice(0, depth).join(''));
	return [...byPrefix.keys()].sort().flatMap((prefix) => {
		const group = byPrefix.get(prefix)!;
		const size = group.reduce((sum, entry) => sum + entry.surface.length + entry.bytes, 0);
		if (size <= maxBytes || depth >= MAX_PREFIX_LENGTH) return [{ prefix, entries: group }];
		// Keys no longer than the prefix stay in a shard of their own, which the prefix names.
		const ending = group.filter((entry) => [...entry.key].length <= depth);
		const longer = group.filter((entry) => [...entry.key].length > depth);
		return [...(ending.length > 0 ? [{ prefix, entries: ending }] : []), ...splitByPrefix(longer, depth + 1, maxBytes)];
	});
}
