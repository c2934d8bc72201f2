/**
 * The translation checks, pure TypeScript over plain data (the dictionaries are loaded
 * apart, at build time, by `load-lexicons.ts`):
 * - `checkPair(source, target, links, tools, labels)`: the findings of a pair;
 * - the schemas of what `/data/qa/…` publishes.
 */
export { checkPair, MAX_FINDINGS_PER_CHECK } from './check-pair.ts';
export type { Lexicon } from './lexicon.ts';
export type { QaText } from './link-context.ts';
export { CHECK_IDS, QaReportSchema, type CheckId, type LocatedFinding, type QaFinding, type QaReport, type Side } from './schema.ts';
