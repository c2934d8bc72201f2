/**
 * The building blocks of generated corpora: the real corpus's sentences, grouped into
 * parallel units with the hand-made gold alignments (tests/fixtures/alignments/). A unit
 * is one or more sentences of an original with the sentences of its rewrite and of its
 * Spanish translation that say the same thing, so units can be shuffled and recombined
 * into new reviews whose variants still align sentence by sentence.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type LinkSides, parseLinks } from '../../../src/align/index.ts';
import type { LoadedText } from '../../../src/corpus/load-corpus.ts';
import { loadTruecasedCorpus } from '../../../src/truecase/load-truecased-corpus.ts';
import { pairId } from '../../../src/compare/variant-pairs.ts';

/** Sentences that say the same thing in an original, its rewrite and its translation. */
export interface SeedUnit {
	/** Where it comes from: `a-en s7`. */
	origin: string;
	/** Sentences of the tokenized original (one line each in the file). */
	original: string[];
	/** Reading view of those sentences (detokenized, first letter capitalized). */
	reading: string[];
	/** The real machine rewrite's sentences, or null when the seed has no rewrite. */
	rewrite: string[] | null;
	/** The Spanish translation's sentences. */
	translation: string[];
}

interface SeedFamily {
	original: string;
	rewrite?: string;
	translation: string;
}

/** The real corpus's reviews: A has a rewrite, B does not. */
const SEED_FAMILIES: readonly SeedFamily[] = [
	{ original: 'a-en', rewrite: 'a-en-rewrite', translation: 'a-es' },
	{ original: 'b-en', translation: 'b-es' },
];

/**
 * Reads the seed corpus (`content/`) and its gold alignments, and cuts every review into
 * units: connected groups of original sentences with what they are linked to.
 */
export async function readSeedUnits(contentDir: string, goldDir: string): Promise<SeedUnit[]> {
	const corpus = await loadTruecasedCorpus(contentDir);
	const byId = new Map(corpus.texts.map((text) => [text.data.id, text]));
	const text = (id: string): LoadedText => {
		const found = byId.get(id);
		if (!found) throw new Error(`The seed corpus in ${contentDir} has no text "${id}"`);
		return found;
	};
	const gold = async (source: string, target: string) =>
		parseLinks(await readFile(join(goldDir, `${pairId(source, target)}.gold.txt`), 'utf8'));

	const units: SeedUnit[] = [];
	for (const family of SEED_FAMILIES) {
		const original = text(family.original);
		const linked: LinkedText[] = [
			{ side: 'translation', text: text(family.translation), links: await gold(family.original, family.translation) },
		];
		if (family.rewrite) {
			linked.push({ side: 'rewrite', text: text(family.rewrite), links: await gold(family.original, family.rewrite) });
		}
		units.push(...groupUnits(original, linked));
	}
	return units;
}

interface LinkedText {
	side: 'translation' | 'rewrite';
	text: LoadedText;
	links: LinkSides[];
}

/**
 * Groups the original's sentences so that no link of any alignment crosses a group:
 * each group, with the target sentences its links reach, is a unit. A link without a
 * source sentence joins the group before it.
 */
function groupUnits(original: LoadedText, linked: readonly LinkedText[]): SeedUnit[] {
	const ids = original.data.sentences.map((sentence) => sentence.id);
	const index = new Map(ids.map((id, i) => [id, i]));
	// A group ends after sentence i unless some link holds both i and i + 1.
	const joinsNext = new Array<boolean>(ids.length).fill(false);
	for (const { links } of linked) {
		for (const link of links) {
			const positions = link.source.map((id) => index.get(id)!);
			for (let p = Math.min(...positions); p < Math.max(...positions); p++) joinsNext[p] = true;
		}
	}
	const groups: number[][] = [];
	let current: number[] = [];
	ids.forEach((_, i) => {
		current.push(i);
		if (!joinsNext[i]) {
			groups.push(current);
			current = [];
		}
	});
	const groupOf = new Map(groups.flatMap((group, g) => group.map((i) => [ids[i]!, g] as const)));
	const targetsOf = (side: LinkedText) => {
		const byGroup = groups.map(() => [] as string[]);
		const sentences = new Map(side.text.data.sentences.map((sentence) => [sentence.id, sentence.text]));
		let last = 0;
		for (const link of side.links) {
			const group = link.source.length > 0 ? groupOf.get(link.source[0]!)! : last;
			last = group;
			byGroup[group]!.push(...link.target.map((id) => sentences.get(id)!));
		}
		return byGroup;
	};
	const translation = targetsOf(linked.find((side) => side.side === 'translation')!);
	const rewriteSide = linked.find((side) => side.side === 'rewrite');
	const rewrite = rewriteSide ? targetsOf(rewriteSide) : null;
	return groups.map((group, g) => ({
		origin: `${original.data.id} ${group.map((i) => ids[i]).join('+')}`,
		original: group.map((i) => original.data.sentences[i]!.text),
		reading: group.map((i) => original.data.reading[i]!),
		rewrite: rewrite ? rewrite[g]! : null,
		translation: translation[g]!,
	}));
}
