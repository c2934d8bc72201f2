/** Repeats: a word written twice in a row (`casi casi`), unless the language doubles it (`had had`) or the source does too. */
import { languageData } from '../language-data.ts';
import { MAX_WORDS_CHECKED } from '../classify-words.ts';
import { wordDraft, type Draft } from '../draft.ts';
import type { LinkContext, LinkSentence } from '../link-context.ts';
import { hasDigit, lowerWord } from '../words.ts';

/** The doubled words of sentences, lower-cased: `casi casi` → `casi`. */
function* doubles(sentences: readonly LinkSentence[]) {
	let budget = MAX_WORDS_CHECKED;
	for (const sentence of sentences) {
		const words = sentence.words;
		for (let i = 1; i < words.length && budget-- > 0; i++) {
			const [a, b] = [words[i - 1]!, words[i]!];
			if (lowerWord(a.text) !== lowerWord(b.text) || hasDigit(a.text)) continue;
			if (!/^\s+$/.test(sentence.text.slice(a.end, b.start))) continue;
			yield { sentence, start: a.start, end: b.end, word: lowerWord(a.text) };
		}
	}
}

export function checkRepeats(context: LinkContext): Draft[] {
	const allowed = languageData(context.target.lang)?.doubles ?? new Set<string>();
	const inSource = new Set([...doubles(context.source.sentences)].map((double) => double.word));
	return [...doubles(context.target.sentences)]
		.filter(({ word }) => !allowed.has(word) && !inSource.has(word))
		.map(({ sentence, start, end }) => {
			const text = sentence.text.slice(start, end);
			return wordDraft('repeat', 'target', sentence, start, end, `“${text}”: the same word twice in a row.`);
		});
}
