/** A finding as a check writes it, before the pair's assembly gives it both sides' sentences. */
import type { CheckId, Side } from './schema.ts';

export interface Draft {
	check: CheckId;
	side: Side;
	/** The sentences of `side` concerned: the one holding `text`, or the link's side. */
	sentences: string[];
	text: string;
	message: string;
	/** Where `text` is in its sentence's reading view, when it is there. */
	at?: { sentence: string; start: number; end: number };
}

/** The longest `text` a finding quotes a whole sentence by. */
export const MAX_QUOTE = 200;

/** `text`, or its first `MAX_QUOTE` characters cut at a word, then `…`. */
export function quote(text: string): string {
	if (text.length <= MAX_QUOTE) return text;
	const cut = text.slice(0, MAX_QUOTE);
	const space = cut.lastIndexOf(' ');
	return `${(space > MAX_QUOTE / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A draft for words of one sentence, at their offsets in its reading view. */
export function wordDraft(
	check: CheckId,
	side: Side,
	sentence: { id: string; text: string },
	start: number,
	end: number,
	message: string,
): Draft {
	return {
		check,
		side,
		sentences: [sentence.id],
		text: sentence.text.slice(start, end),
		message,
		at: { sentence: sentence.id, start, end },
	};
}
