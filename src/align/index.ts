/**
 * The sentence aligner: pure TypeScript, no Node or Astro import.
 * - `alignSentences(source, target, { matcher })`: the links between two versions of a text;
 * - `alignmentToTmx({ source, target, links })`: those links as a TMX 1.4 document;
 * - `confidenceLevel(confidence)`: a link's confidence in readers' words (sure, likely, unsure);
 * - `findNumbers(text)`: the numbers the aligner counts as anchors, and where they are;
 * - `toAlignText(text)`: a loaded corpus text as the aligner takes it (its reading view);
 * - `alignWithEvidence`: the same, with each link's evidence, for the evaluation;
 * - `parseLinks`, `scoreLinks`: the gold-file format and its scoring.
 */
export { alignSentences, alignWithEvidence } from './align-sentences.ts';
export { findNumbers } from './extract-anchors.ts';
export { confidenceLevel, SURE_FROM, UNSURE_BELOW, type ConfidenceLevel } from './confidence-level.ts';
export { parseLinks, type LinkSides } from './gold-links.ts';
export { scoreLinks, type Scores } from './score-links.ts';
export { toAlignText } from './to-align-text.ts';
export type { AlignText, AlignmentLink } from './types.ts';
export { alignmentToTmx } from './write-tmx.ts';
