/**
 * Names: a person of the names index spelled otherwise than in the source (`Vernika` for
 * `veronika`), a word that looks like a name of the source or of the index misspelt
 * (`Kalatosov`), and a person named on one side of a link only.
 */
import { foldName } from '../../text/fold-name.ts';
import type { ClassifiedWord } from '../classify-words.ts';
import { wordDraft, type Draft } from '../draft.ts';
import type { LinkContext, LinkSentence } from '../link-context.ts';

interface Named {
	sentence: LinkSentence;
	personId: string;
	start: number;
	end: number;
	/** The folded words of the name as written. */
	words: string[];
}

function namedIn(sentences: readonly LinkSentence[]): Named[] {
	return sentences.flatMap((sentence) =>
		sentence.mentions.map(({ personId, start, end }) => ({
			sentence,
			personId,
			start,
			end,
			words: foldName(sentence.text.slice(start, end)).split(' '),
		})),
	);
}

/** Whether one of the names is the other's words or some of them (`Urusevsky`, `Sergei Urusevsky`). */
const sameWords = (a: readonly string[], b: readonly string[]) => a.every((w) => b.includes(w)) || b.every((w) => a.includes(w));

export function checkNames(context: LinkContext, words: readonly ClassifiedWord[]): Draft[] {
	const { labels } = context;
	const person = (id: string) => context.tools.personNames?.get(id) ?? id;
	const source = namedIn(context.source.sentences);
	const target = namedIn(context.target.sentences);
	const drafts: Draft[] = [];
	const respelt = new Set<string>();
	for (const { sentence, word, class: found } of words) {
		if (found.kind !== 'name-variant') continue;
		respelt.add(found.personId);
		const message = found.inSource
			? `“${word.text}” looks like “${found.model}” of ${labels.source} misspelt.`
			: `“${word.text}” looks like a misspelling of “${found.model}” (${person(found.personId)}).`;
		drafts.push(wordDraft('name', 'target', sentence, word.start, word.end, message));
	}
	for (const name of target) {
		const written = name.sentence.text.slice(name.start, name.end);
		const inSource = source.filter((other) => other.personId === name.personId);
		if (inSource.length === 0) {
			drafts.push(
				wordDraft(
					'name',
					'target',
					name.sentence,
					name.start,
					name.end,
					`${person(name.personId)} is named here but not in ${labels.source}.`,
				),
			);
		} else if (!inSource.some((other) => sameWords(other.words, name.words))) {
			const model = inSource[0]!;
			const message = `“${written}” here, “${model.sentence.text.slice(model.start, model.end)}” in ${labels.source}: ${person(name.personId)}, spelled otherwise.`;
			drafts.push(wordDraft('name', 'target', name.sentence, name.start, name.end, message));
		}
	}
	const inTarget = new Set(target.map((name) => name.personId));
	const reported = new Set<string>();
	for (const name of source) {
		if (inTarget.has(name.personId) || respelt.has(name.personId) || reported.has(name.personId)) continue;
		reported.add(name.personId);
		drafts.push(
			wordDraft(
				'name',
				'source',
				name.sentence,
				name.start,
				name.end,
				`${person(name.personId)} is named in ${labels.source} but not in ${labels.target}.`,
			),
		);
	}
	return drafts;
}
