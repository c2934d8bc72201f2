/**
 * Evidence (a) across the corpus: the words that the corpus's cased English texts always
 * capitalise inside running text, learned from those texts (a rewrite, say) and applied
 * to lower-cased texts of any review. A word counts only if it is never written in lower
 * case there and it names something on its own: capitalised alone (`Russia`), or in two
 * different names (`Soviet Union`, `Soviet Cinema` make `Soviet`, while `Red` of `Red Army`
 * alone stays a colour). One pass over the cased texts: linear in the corpus.
 */
import type { WordedText } from './aligned-capitals.ts';
import { caseShape } from './word-shape.ts';

interface Seen {
	lower: number;
	alone: number;
	names: Set<string>;
	forms: Map<string, number>;
}

/** Folded word → the capitalised form to give it, for the words the cased texts always capitalise. */
export function learnCapitals(texts: readonly WordedText[]): Map<string, string> {
	const seen = new Map<string, Seen>();
	for (const text of texts) {
		text.words.forEach((words, s) => {
			const reading = text.reading[s]!;
			const shapes = words.map((word) => caseShape(reading.slice(word.start, word.end)));
			const capital = words.map((word, i) => word.position === 'running' && shapes[i] !== 'lower' && !/\d/.test(word.folded));
			const joined = (i: number) => i > 0 && /^[\s\p{Pd}]*$/u.test(reading.slice(words[i - 1]!.end, words[i]!.start));
			for (let i = 0; i < words.length;) {
				if (!capital[i]) {
					if (words[i]!.position === 'running' && shapes[i] === 'lower') entry(seen, words[i]!.folded).lower++;
					i++;
					continue;
				}
				let j = i + 1;
				while (j < words.length && capital[j] && joined(j)) j++;
				const run = words.slice(i, j);
				// A run in capitals is a title (`IVAN THE TERRIBLE`): its words are not names.
				if (!(run.length > 1 && shapes.slice(i, j).every((shape) => shape === 'upper'))) {
					const name = run.map((word) => word.folded).join(' ');
					for (const word of run) {
						const found = entry(seen, word.folded);
						if (run.length === 1) found.alone++;
						found.names.add(name);
						const form = reading.slice(word.start, word.end);
						found.forms.set(form, (found.forms.get(form) ?? 0) + 1);
					}
				}
				i = j;
			}
		});
	}
	const learned = new Map<string, string>();
	for (const [folded, found] of seen) {
		if (found.lower > 0 || (found.alone === 0 && found.names.size < 2)) continue;
		const [form] = [...found.forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
		learned.set(folded, form);
	}
	return learned;
}

function entry(seen: Map<string, Seen>, folded: string): Seen {
	let found = seen.get(folded);
	if (!found) seen.set(folded, (found = { lower: 0, alone: 0, names: new Set(), forms: new Map() }));
	return found;
}
