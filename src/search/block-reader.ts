/**
 * Reading a query's hits block by block (`read-hits.ts` says when and why): the
 * requirement with the fewest sentences drives, its next candidates are read from the
 * blocks that hold them, then only the other words' blocks that cover those candidates,
 * and the candidates are matched exactly (`find-hits.ts`).
 */
import type { Occurrence } from './index-format.ts';
import { matchRequirement, rarity, scoreHits, type Hit, type Requirement } from './find-hits.ts';
import type { HitStream, KeyRange, StreamOptions } from './read-hits.ts';
import type { IndexWord } from './search-index.ts';

/** Blocks loaded at once for one round of candidates. */
const MAX_LOADS_PER_ROUND = 8;
const DEFAULT_MAX_BLOCKS = 24;

const sentencesOf = (words: readonly IndexWord[]) => words.reduce((sum, word) => sum + word.sentences, 0);

/** How many sentences may meet a requirement, by its words' counts: each run as its rarest step. */
const estimate = (requirement: Requirement) => requirement.runs.reduce((sum, run) => sum + Math.min(...run.map(sentencesOf)), 0);

/**
 * The words whose sentences hold every sentence a requirement's runs meet: the rarest
 * step of each run, leaving out a run that meets only sentences a one-word run meets
 * too (`Mikhail Kalatozov` where `Kalatozov` is a spelling of its own).
 */
function driverWords(runs: Requirement['runs']): IndexWord[] {
	const single = runs.filter((run) => run.length === 1).map(([words]) => new Set(words));
	const covered = (run: Requirement['runs'][number]) =>
		run.length > 1 && run.some((step) => single.some((words) => step.every((word) => words.has(word))));
	const rarest = (run: Requirement['runs'][number]) => run.reduce((a, b) => (sentencesOf(b) < sentencesOf(a) ? b : a));
	return [...new Set(runs.filter((run) => !covered(run)).flatMap(rarest))];
}

/** The last block of `word` starting at or before `key`, or -1. */
function blockAt(word: IndexWord, key: number): number {
	const { starts } = word.postings;
	let low = -1;
	let high = starts.length - 1;
	while (low < high) {
		const middle = (low + high + 1) >> 1;
		if (starts[middle]! <= key) low = middle;
		else high = middle - 1;
	}
	return low;
}

export class BlockReader implements HitStream {
	readonly ranked = false;
	complete = false;
	private cursor = 0;
	private range = 0;
	private readonly requirements: readonly Requirement[];
	private readonly ranges: readonly KeyRange[] | undefined;
	private readonly maxBlocks: number;
	private readonly weights: number[];
	/** The words whose sentences are the candidates: the rarest step of each run of the rarest requirement. */
	private readonly drivers: IndexWord[];
	private readonly words: IndexWord[];

	constructor(requirements: readonly Requirement[], recordCount: number, options: StreamOptions) {
		this.requirements = requirements;
		this.ranges = options.ranges;
		this.maxBlocks = options.maxBlocks ?? DEFAULT_MAX_BLOCKS;
		const estimates = requirements.map(estimate);
		this.weights = estimates.map((found) => rarity(found, recordCount));
		const driver = requirements[estimates.indexOf(Math.min(...estimates))];
		this.drivers = driverWords(driver?.runs ?? []);
		this.words = [...new Set(requirements.flatMap((requirement) => requirement.runs.flat(2)))];
		if (requirements.length === 0 || this.drivers.length === 0) this.complete = true;
	}

	/** Reads in turn: a read goes on from where the one before it stopped. */
	read(want: number): Promise<Hit[]> {
		const read = this.reading.then(() => this.readOn(want));
		this.reading = read.catch(() => undefined);
		return read;
	}

	private reading: Promise<unknown> = Promise.resolve();

	private async readOn(want: number): Promise<Hit[]> {
		const found: Hit[] = [];
		let loads = 0;
		while (!this.complete && found.length < want && (loads === 0 || loads < this.maxBlocks)) {
			const round = await this.round(Math.max(want - found.length, 1) * 4);
			loads += round.loads;
			found.push(...round.hits);
		}
		return found;
	}

	/** The end of the range the cursor is in, once the cursor is moved into a range; null when past the last. */
	private rangeEnd(): number | null {
		if (!this.ranges) return Infinity;
		while (this.range < this.ranges.length && this.cursor >= this.ranges[this.range]!.to) this.range++;
		const range = this.ranges[this.range];
		if (!range) return null;
		this.cursor = Math.max(this.cursor, range.from);
		return range.to;
	}

	/** One round: the next candidates (at most `most`), the blocks that cover them, their hits. */
	private async round(most: number): Promise<{ hits: Hit[]; loads: number }> {
		const rangeEnd = this.rangeEnd();
		if (rangeEnd === null) {
			this.complete = true;
			return { hits: [], loads: 0 };
		}
		const from = this.cursor;
		let loads = 0;
		// The drivers' blocks at the cursor: every driver key below `end` is then known.
		let end = rangeEnd;
		const needed: [IndexWord, number][] = [];
		for (const word of this.drivers) {
			const i = blockAt(word, from);
			end = Math.min(end, word.postings.starts[i + 1] ?? Infinity);
			if (i >= 0) needed.push([word, i]);
		}
		loads += await load(needed);
		let candidates = [...new Set(needed.flatMap(([word, i]) => keysIn(word.postings.loaded(i)!, from, end)))].sort((a, b) => a - b);
		if (candidates.length > most) {
			end = candidates[most]!;
			candidates = candidates.slice(0, most);
		}

		// The other words' blocks that cover the candidates, a round's share at most.
		const covering = new Map<IndexWord, Set<number>>();
		let toLoad = 0;
		for (let c = 0; c < candidates.length; c++) {
			const key = candidates[c]!;
			const adds: [IndexWord, number][] = [];
			for (const word of this.words) {
				const i = blockAt(word, key);
				if (i < 0 || covering.get(word)?.has(i)) continue;
				adds.push([word, i]);
			}
			const newLoads = adds.filter(([word, i]) => word.postings.loaded(i) === undefined).length;
			if (c > 0 && toLoad + newLoads > MAX_LOADS_PER_ROUND) {
				end = key;
				candidates = candidates.slice(0, c);
				break;
			}
			toLoad += newLoads;
			for (const [word, i] of adds) {
				let blocks = covering.get(word);
				if (!blocks) covering.set(word, (blocks = new Set()));
				blocks.add(i);
			}
		}
		loads += await load([...covering].flatMap(([word, blocks]) => [...blocks].map((i): [IndexWord, number] => [word, i])));

		const keys = new Set(candidates);
		const of = (word: IndexWord): Occurrence[] =>
			[...(covering.get(word) ?? [])].flatMap((i) => word.postings.loaded(i)!.filter((occurrence) => keys.has(occurrence.record)));
		const matches = this.requirements.map((requirement) => matchRequirement(requirement, of));
		this.cursor = end;
		if (end === Infinity) this.complete = true;
		return { hits: scoreHits(candidates, matches, this.weights), loads };
	}
}

/** The keys of a block's occurrences from `from` (included) to `to` (excluded). */
function keysIn(occurrences: readonly Occurrence[], from: number, to: number): number[] {
	return occurrences.flatMap(({ record }) => (record >= from && record < to ? [record] : []));
}

/** Loads the blocks not at hand, at once; resolves to how many were loaded. */
async function load(blocks: readonly [IndexWord, number][]): Promise<number> {
	const missing = blocks.filter(([word, i]) => word.postings.loaded(i) === undefined);
	await Promise.all(missing.map(([word, i]) => word.postings.load(i)));
	return missing.length;
}
