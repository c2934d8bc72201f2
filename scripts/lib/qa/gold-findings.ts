/**
 * Reviewer fixtures of the translation checks (`tests/fixtures/qa/`): findings that name
 * their sentence by a quote of it, resolved here to sentence ids, so a fixture survives a
 * change of segmentation.
 */
import type { CheckId, QaText, Side } from '../../../src/qa/index.ts';
import { CHECK_IDS } from '../../../src/qa/index.ts';

/** A finding as a fixture writes it. */
export interface GoldEntry {
	check: CheckId;
	side?: Side;
	words: string;
	in: string;
	/** A finding the reviewer accepts but does not require (where it depends on segmentation). */
	optional?: boolean;
}

/** A finding of a fixture, its sentence found. */
export interface GoldFinding {
	check: CheckId;
	side: Side;
	words: string;
	sentence: string;
	optional: boolean;
}

const normal = (text: string) => text.replace(/\s+/g, ' ').toLowerCase();

/** The sentence of `text` holding `quote`, in its exact characters or its reading view. */
export function findSentence(text: QaText, quote: string): string {
	const wanted = normal(quote);
	const hits = text.sentences.filter((sentence) => normal(sentence.exact).includes(wanted) || normal(sentence.text).includes(wanted));
	if (hits.length !== 1) throw new Error(`${text.id}: the quote "${quote}" is in ${hits.length} sentences, not one`);
	return hits[0]!.id;
}

/** The entries of a fixture with their sentences; throws on an unknown check or a quote that finds no single sentence. */
export function resolveGold(entries: readonly GoldEntry[], source: QaText, target: QaText): GoldFinding[] {
	return entries.map((entry) => {
		if (!CHECK_IDS.includes(entry.check)) throw new Error(`unknown check "${entry.check}"`);
		const side = entry.side ?? 'target';
		const sentence = findSentence(side === 'source' ? source : target, entry.in);
		return { check: entry.check, side, words: String(entry.words), sentence, optional: entry.optional === true };
	});
}
