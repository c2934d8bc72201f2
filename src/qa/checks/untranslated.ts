/**
 * Untranslated: words of the source's language left in the target (`wartime`, `A MERE`,
 * the English genitive of `Eisenstein's`). Neighbouring words are one finding.
 */
import { languageName } from '../../corpus/languages.ts';
import type { ClassifiedWord } from '../classify-words.ts';
import { wordDraft, type Draft } from '../draft.ts';
import type { LinkContext } from '../link-context.ts';

export function checkUntranslated(context: LinkContext, words: readonly ClassifiedWord[]): Draft[] {
	const source = languageName(context.source.lang);
	const target = languageName(context.target.lang);
	const drafts: Draft[] = [];
	let run: ClassifiedWord[] = [];
	const flush = () => {
		if (run.length === 0) return;
		const first = run[0]!;
		const last = run.at(-1)!;
		const clitic = run.find((word) => word.class.kind === 'untranslated' && word.class.clitic);
		const verbatim = run.every((word) => word.class.kind === 'untranslated' && word.class.verbatim);
		const quoted = `“${first.sentence.text.slice(first.word.start, last.word.end)}”`;
		const message = clitic
			? `${quoted} keeps the ${source} possessive “'s”, which ${target} does not write.`
			: verbatim
				? `${quoted} is ${source}, left as ${context.labels.source} wrote it.`
				: `${quoted} is ${source}, not ${target}.`;
		drafts.push(wordDraft('untranslated', 'target', first.sentence, first.word.start, last.word.end, message));
		run = [];
	};
	for (const word of words) {
		if (word.class.kind !== 'untranslated') continue;
		const previous = run.at(-1);
		const adjacent =
			previous &&
			previous.sentence === word.sentence &&
			!(previous.class.kind === 'untranslated' && previous.class.clitic) &&
			/^\s+$/.test(word.sentence.text.slice(previous.word.end, word.word.start));
		if (!adjacent) flush();
		run.push(word);
	}
	flush();
	return drafts;
}
