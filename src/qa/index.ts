/**
 * The translation checks, pure TypeScript over plain data (the dictionaries are loaded
 * apart, at build time, by `load-lexicons.ts`):
 * - `checkPair(source, target, links, tools, labels)`: the findings of a pair;
 * - `createLexicon(lang, spell)`: a language's dictionary as the checks ask it;
 * - the schemas of what `/data/qa/…` publishes.
 */
export { checkLink, checkPair, MAX_FINDINGS_PER_CHECK } from './check-pair.ts';
export { createLexicon, type Lexicon } from './lexicon.ts';
export type { LinkContext, PairLabels, PairTools, QaSentence, QaText } from './link-context.ts';
export {
	CHECK_IDS,
	CheckIdSchema,
	QaFindingSchema,
	QaReportSchema,
	type CheckId,
	type LocatedFinding,
	type QaFinding,
	type QaReport,
	type Side,
} from './schema.ts';
