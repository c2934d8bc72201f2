/**
 * A query's hits as a stream: all at once, ranked, when every word's postings are at
 * hand (a small corpus, or rare words); else read block by block in key order, the
 * rarest requirement first, until a page of results is found.
 *
 * Block by block: the requirement with the fewest sentences (by the counts of its
 * words' shard entries) drives. Its next candidate sentences are read from the blocks
 * that hold them, then, for the other words, only the blocks that cover those
 * candidates, and the candidates are matched exactly (`find-hits.ts`). A read stops
 * when it has found the hits asked for, when nothing is left, or when it has loaded its
 * share of blocks; the next read goes on from there (`block-reader.ts`, loaded only for
 * such a search: a small corpus never needs it).
 */
import { findHits, type Hit, type Requirement } from './find-hits.ts';
import { isWhole } from './search-index.ts';

/** Keys `from` (included) to `to` (excluded): the texts a filter keeps. */
export interface KeyRange {
	from: number;
	to: number;
}

export interface HitStream {
	/** Every hit has been read. */
	readonly complete: boolean;
	/** Whether the hits are ranked over the whole index (every word's postings were at hand). */
	readonly ranked: boolean;
	/** Reads on: the next hits, about `want` of them, in key order (all of them, best first, when ranked). */
	read(want: number): Promise<Hit[]>;
}

export interface StreamOptions {
	/** Languages (primary subtags) whose words may match. */
	languages?: readonly string[];
	/** Keys of the texts that may match, in order. */
	ranges?: readonly KeyRange[];
	/** Blocks one read may load before it stops with what it found. */
	maxBlocks?: number;
}

/**
 * The hits of `requirements` among `recordCount` sentences, as a stream. A ranked
 * stream has every hit and ignores `languages` and `ranges` (the page filters its hits
 * and counts every filter exactly); reading block by block keeps to them, so a filter
 * costs no block outside it.
 */
export async function streamHits(
	requirements: readonly Requirement[],
	recordCount: number,
	options: StreamOptions = {},
): Promise<HitStream> {
	const words = [...new Set(requirements.flatMap((requirement) => requirement.runs.flat(2)))];
	if (words.every((word) => isWhole(word.postings))) {
		let done = false;
		return {
			get complete() {
				return done;
			},
			ranked: true,
			read: async () => {
				if (done) return [];
				done = true;
				return findHits(requirements, recordCount);
			},
		};
	}
	const { BlockReader } = await import('./block-reader.ts');
	return new BlockReader(restrictTo(requirements, options.languages), recordCount, options);
}

/**
 * The requirements with only the words of the languages every requirement has words in
 * (and of `chosen`, if given): a sentence meets every requirement in its own language,
 * so no other word can be part of a hit (`the película` has none, at once).
 */
function restrictTo(requirements: readonly Requirement[], chosen: readonly string[] | undefined): Requirement[] {
	const languagesOf = (requirement: Requirement) => new Set<string>(requirement.runs.flat(2).map((word) => word.language));
	let shared = new Set<string>(chosen && chosen.length > 0 ? chosen : requirements.flatMap((requirement) => [...languagesOf(requirement)]));
	for (const requirement of requirements) {
		const languages = languagesOf(requirement);
		shared = new Set([...shared].filter((language) => languages.has(language)));
	}
	return requirements.map(({ runs }) => ({
		runs: runs
			.map((run) => run.map((words) => words.filter((word) => shared.has(word.language))))
			.filter((run) => run.every((words) => words.length > 0)),
	}));
}
