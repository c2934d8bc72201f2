/**
 * The translation checks of every pair, worked out once per build and shared by the
 * data files, the comparison pages and the reading pages. The dictionaries are loaded
 * here, at build time, once.
 */
import { pairId } from '../compare/variant-pairs.ts';
import { checkPair, type Lexicon, type LocatedFinding } from '../qa/index.ts';
import { loadLexicons } from '../qa/load-lexicons.ts';
import { toQaText } from './compare-text.ts';
import { getAllAlignments, type PairAlignment } from './get-alignments.ts';
import type { TextRecord } from './get-corpus.ts';
import { getMentionMatcher, getPeople } from './get-people.ts';

export interface PairQa {
	alignment: PairAlignment;
	findings: LocatedFinding[];
}

let lexicons: Promise<Map<string, Lexicon>> | undefined;
const reports = new Map<string, Promise<PairQa>>();

/** How messages name a text: `the original`, `the rewrite`, `the translation`. */
const labelOf = (text: TextRecord) => `the ${text.data.kind}`;

async function checkAlignment(alignment: PairAlignment, langs: readonly string[]): Promise<PairQa> {
	lexicons ??= loadLexicons(langs);
	const [matcher, people, lexiconsByLang] = await Promise.all([getMentionMatcher(), getPeople(), lexicons]);
	const { source, target, links } = alignment;
	const findings = checkPair(
		toQaText(source),
		toQaText(target),
		links,
		{ lexicons: lexiconsByLang, matcher, personNames: new Map(people.map((person) => [person.id, person.data.name])) },
		{ source: labelOf(source), target: labelOf(target) },
	);
	return { alignment, findings };
}

let allQa: Promise<PairQa[]> | undefined;

/** The findings of every pair, in the alignments' order. Worked out once per build. */
export function getAllQa(): Promise<PairQa[]> {
	if (!allQa || import.meta.env.DEV) allQa = checkAll();
	return allQa;
}

async function checkAll(): Promise<PairQa[]> {
	const alignments = await getAllAlignments();
	const langs = [...new Set(alignments.flatMap(({ source, target }) => [source.data.lang, target.data.lang]))];
	return Promise.all(
		alignments.map((alignment) => {
			const key = pairId(alignment.source.id, alignment.target.id);
			let report = reports.get(key);
			if (!report || import.meta.env.DEV) reports.set(key, (report = checkAlignment(alignment, langs)));
			return report;
		}),
	);
}

/** The findings of one pair (worked out with every other pair's, once per build). */
export async function getPairQa({ source, target }: Pick<PairAlignment, 'source' | 'target'>): Promise<PairQa> {
	await getAllQa();
	const report = reports.get(pairId(source.id, target.id));
	if (!report) throw new Error(`No translation checks for the pair ${pairId(source.id, target.id)}: it is not a pair of variants.`);
	return report;
}

/** Static paths of `/data/qa/<source>--<target>.json`. */
export async function getQaDataPaths() {
	return (await getAllQa()).map((qa) => ({ params: { pair: pairId(qa.alignment.source.id, qa.alignment.target.id) }, props: { qa } }));
}

let qaByTarget: Promise<Map<string, PairQa[]>> | undefined;

/**
 * For a text's reading page: each pair it is the target of, with its number of findings.
 * The pairs are indexed by target once, so a page costs what its own pairs do (a scan of
 * every pair per page made 10,000 reading pages take 39 ms each instead of 4).
 */
export async function getTextQaCounts(textId: string): Promise<{ source: TextRecord; target: TextRecord; count: number }[]> {
	if (!qaByTarget || import.meta.env.DEV) qaByTarget = getAllQa().then((all) => Map.groupBy(all, ({ alignment }) => alignment.target.id));
	return ((await qaByTarget).get(textId) ?? []).map(({ alignment, findings }) => ({
		source: alignment.source,
		target: alignment.target,
		count: findings.length,
	}));
}
