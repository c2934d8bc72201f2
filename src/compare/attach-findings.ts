/**
 * The translation checks' findings on the comparison rows: each finding goes to the row
 * that holds its sentence, and where its words are in the sentence they are marked,
 * cutting the sentence's pieces (diff and anchor marks kept) at the finding's edges.
 */
import type { CheckId } from '../qa/schema.ts';
import type { RowView } from './build-rows.ts';
import type { MarkedText } from './mark-sentences.ts';

/** A finding as a comparison places it: on one text's sentences, maybe at some words. */
export interface FindingPlacement {
	check: CheckId;
	/** The text holding the finding's words. */
	textId: string;
	/** That text's sentences the finding concerns; the first decides the row. */
	sentences: readonly string[];
	/** Where the words are in a sentence's reading view, when they are there. */
	at?: { sentence: string; start: number; end: number } | undefined;
	text: string;
	message: string;
}

/** A finding listed under its row. */
export interface RowFinding {
	/** `r4-f1`: its anchor, and the id its marks point to. */
	id: string;
	check: CheckId;
	textId: string;
	sentences: readonly string[];
	text: string;
	message: string;
	/** Whether its words are marked in the row (residue the reading view hides is not). */
	marked: boolean;
}

/**
 * Splits `pieces` (whose texts, `removed` ones left out when `skipRemoved`, join into the
 * sentence) so that `start`–`end` of the sentence are pieces of their own, marked.
 * @returns the new pieces, or null when the range crosses nothing (never marked).
 */
export function markFinding(
	pieces: readonly MarkedText[],
	range: { start: number; end: number },
	finding: { id: string; check: CheckId },
	skipRemoved = false,
): MarkedText[] | null {
	const out: MarkedText[] = [];
	let offset = 0;
	let marked = false;
	for (const piece of pieces) {
		if (skipRemoved && piece.mark === 'removed') {
			out.push(piece);
			continue;
		}
		const [from, to] = [offset, offset + piece.text.length];
		offset = to;
		// A piece already holding a finding keeps it: findings do not nest.
		if (piece.finding || to <= range.start || from >= range.end) {
			out.push(piece);
			continue;
		}
		const cut = [range.start - from, range.end - from].map((at) => Math.max(0, Math.min(piece.text.length, at))) as [number, number];
		if (cut[0] > 0) out.push({ ...piece, text: piece.text.slice(0, cut[0]) });
		out.push({ ...piece, text: piece.text.slice(cut[0], cut[1]), finding: { ...finding, last: false } });
		if (cut[1] < piece.text.length) out.push({ ...piece, text: piece.text.slice(cut[1]) });
		marked = true;
	}
	if (!marked) return null;
	const last = out.findLastIndex((piece) => piece.finding?.id === finding.id);
	out[last] = { ...out[last]!, finding: { ...out[last]!.finding!, last: true } };
	return out;
}

/** The rows with each finding listed under its row and marked at its words. */
export function attachFindings(rows: readonly RowView[], findings: readonly FindingPlacement[]): RowView[] {
	const rowOf = new Map<string, number>();
	rows.forEach((row, r) => {
		for (const cell of row.cells) for (const sentence of cell.sentences) rowOf.set(`${cell.textId} ${sentence.id}`, r);
	});
	const out = rows.map((row) => ({
		...row,
		cells: row.cells.map((cell) => ({ ...cell, sentences: cell.sentences.map((s) => ({ ...s })) })),
		findings: [...(row.findings ?? [])],
	}));
	for (const finding of findings) {
		const r = finding.sentences.map((id) => rowOf.get(`${finding.textId} ${id}`)).find((index) => index !== undefined);
		if (r === undefined) continue;
		const row = out[r]!;
		const id = `${row.id}-f${row.findings.length + 1}`;
		let marked = false;
		const sentence =
			finding.at && row.cells.find((cell) => cell.textId === finding.textId)?.sentences.find((s) => s.id === finding.at!.sentence);
		if (sentence && finding.at) {
			const pieces = markFinding(sentence.pieces, finding.at, { id, check: finding.check });
			if (pieces) {
				sentence.pieces = pieces;
				marked = true;
			}
			const inline = sentence.inline && markFinding(sentence.inline, finding.at, { id, check: finding.check }, true);
			if (inline) sentence.inline = inline;
		}
		row.findings.push({
			id,
			check: finding.check,
			textId: finding.textId,
			sentences: finding.sentences,
			text: finding.text,
			message: finding.message,
			marked,
		});
	}
	return out;
}
