/**
 * Residue: markup and encoding left in the target's exact characters: tags (`<br />`),
 * character references (`&amp;`, `&#39;`), UTF-8 read as Latin-1 (`Ã©`, `â€™`) and the
 * replacement character U+FFFD. Neighbours separated by spaces are one finding. The
 * reading view drops `<br />`, so such a finding is marked on its sentence, not its words.
 */
import { quote, type Draft } from '../draft.ts';
import type { LinkContext } from '../link-context.ts';
import { RESIDUE } from '../residue-pattern.ts';
const MAX_PER_SENTENCE = 10;

export function checkResidue(context: LinkContext): Draft[] {
	const drafts: Draft[] = [];
	for (const sentence of context.target.sentences) {
		let count = 0;
		for (const match of sentence.exact.matchAll(RESIDUE)) {
			if (count++ === MAX_PER_SENTENCE) break;
			const text = quote(match[0]);
			const at = text === match[0] ? sentence.text.indexOf(text) : -1;
			const kind = text.startsWith('<') ? 'Markup' : text.startsWith('&') ? 'An HTML character reference' : 'Garbled encoding';
			drafts.push({
				check: 'residue',
				side: 'target',
				sentences: [sentence.id],
				text,
				message: `${kind} left in the text: “${text}”${at === -1 ? ' (the reading view hides it)' : ''}.`,
				...(at === -1 ? {} : { at: { sentence: sentence.id, start: at, end: at + text.length } }),
			});
		}
	}
	return drafts;
}
