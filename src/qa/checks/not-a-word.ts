/** Not a word: target words that no dictionary of the target's language knows (`lándose`). */
import { languageName } from '../../corpus/languages.ts';
import type { ClassifiedWord } from '../classify-words.ts';
import { wordDraft, type Draft } from '../draft.ts';
import type { LinkContext } from '../link-context.ts';

export function checkNotAWord(context: LinkContext, words: readonly ClassifiedWord[]): Draft[] {
	const language = languageName(context.target.lang);
	return words
		.filter((word) => word.class.kind === 'not-a-word')
		.map(({ sentence, word }) =>
			wordDraft(
				'not-a-word',
				'target',
				sentence,
				word.start,
				word.end,
				`No ${language} dictionary knows “${word.text}”: a misspelt or garbled word.`,
			),
		);
}
