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

/** The findings of every pair, in the alignments' order. */
export async function getAllQa(): Promise<PairQa[]> {
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

/** Static paths of `/data/qa/<source>--<target>.json`. */
export async function getQaDataPaths() {
	return (await getAllQa()).map((qa) => ({ params: { pair: pairId(qa.alignment.source.id, qa.alignment.target.id) }, props: { qa } }));
}

/** For a text's reading page: each pair it is the target of, with its number of findings. */
export async function getTextQaCounts(textId: string): Promise<{ source: TextRecord; target: TextRecord; count: number }[]> {
	return (await getAllQa())
		.filter(({ alignment }) => alignment.target.id === textId)
		.map(({ alignment, findings }) => ({ source: alignment.source, target: alignment.target, count: findings.length }));
}
