/**
 * Builds the results' DOM: hits grouped under their review and their text, each with
 * its sentence (the matched words marked) and, under it, the sentences it was aligned
 * with in the review's other versions, each in its language and linked to its reading
 * page. Every string from the index goes in as text, never as HTML.
 */
import { element } from './create-element.ts';
import { excerptOf } from './excerpt.ts';
import type { Hit } from './find-hits.ts';
import type { ReviewFile } from './index-format.ts';
import { textNumberOf } from './result-groups.ts';
import type { SearchIndex } from './search-index.ts';
import { sentenceLink } from './sentence-link.ts';

export interface ResultContext {
	index: SearchIndex;
	/** The review file of a hit to render. */
	reviewOf: (hit: Hit) => ReviewFile;
	/** A hit of the search by its key, to mark the matched words of a counterpart that is a hit too. */
	hitAt: (key: number) => Hit | undefined;
}

/** A sentence as a paragraph or span in its language: its words, the matched ones marked. */
function sentenceNode<K extends 'p' | 'span'>(tag: K, className: string, sentence: string, positions: readonly number[], lang: string) {
	const excerpt = excerptOf(sentence, positions);
	const node = element(tag, className);
	node.lang = lang;
	if (excerpt.cutBefore) node.append('… ');
	for (const piece of excerpt.pieces) node.append(piece.marked ? element('mark', '', piece.text) : document.createTextNode(piece.text));
	if (excerpt.cutAfter) node.append(' …');
	return { node, excerpt };
}

const sentenceNumber = (id: string) => id.replace(/^s/, '');

/** “sentence 9”, “sentences 9–10” */
function sentencesLabel(ids: readonly string[]): string {
	if (ids.length === 1) return `sentence ${sentenceNumber(ids[0]!)}`;
	return `sentences ${sentenceNumber(ids[0]!)}–${sentenceNumber(ids.at(-1)!)}`;
}

/** The sentences of `other` aligned with sentence `sentence` of `text`, by index. */
function alignedWith(review: ReviewFile, text: number, sentence: number, other: number): number[] {
	for (const pair of review.pairs) {
		const [mine, theirs] =
			pair.source === text && pair.target === other ? [0, 1] : pair.source === other && pair.target === text ? [1, 0] : [-1, -1];
		if (mine < 0) continue;
		const link = pair.links.find((candidate) => candidate[mine as 0 | 1].includes(sentence));
		return link ? link[theirs as 0 | 1] : [];
	}
	return [];
}

/** The list of a hit's counterparts in the other versions of its review. */
function counterpartsNode(
	review: ReviewFile,
	text: number,
	sentence: number,
	hit: Hit,
	context: ResultContext,
): HTMLUListElement | undefined {
	const others = review.texts.filter((entry) => entry.text !== text);
	const { part } = context.index.place(hit.record);
	if (others.length === 0) return undefined;
	const list = element('ul', 'result-counterparts');
	list.setAttribute('aria-label', 'The same sentence in the other versions');
	for (const other of others) {
		const item = element('li', 'counterpart');
		const indexes = alignedWith(review, text, sentence, other.text);
		if (indexes.length === 0) {
			item.append(element('span', 'counterpart-label', `${other.variant}: no sentence aligned with this one`));
			list.append(item);
			continue;
		}
		const ids = indexes.map((i) => other.sentenceIds[i]!);
		const link = element('a', 'counterpart-link', `${other.variant}, ${sentencesLabel(ids)}`);
		link.href = `${other.url}#${ids[0]}`;
		link.hreflang = other.lang;
		const sentences = element('span', 'counterpart-text');
		sentences.lang = other.lang;
		indexes.forEach((i, k) => {
			if (k > 0) sentences.append(' ');
			const positions = context.hitAt(context.index.keyOf(part, other.text, i))?.positions ?? [];
			sentences.append(sentenceNode('span', '', other.reading[i] ?? '', positions, other.lang).node);
		});
		item.append(link, ' ', sentences);
		list.append(item);
	}
	return list;
}

/** One hit: its link (with a text fragment that lands on the words), its sentence, its counterparts. */
function resultNode(hit: Hit, context: ResultContext): HTMLLIElement {
	const { text, sentence } = context.index.place(hit.record);
	const review = context.reviewOf(hit);
	const info = review.texts.find((candidate) => candidate.text === text)!;
	const id = info.sentenceIds[sentence]!;
	const reading = info.reading[sentence] ?? '';
	const item = element('li', 'search-result');
	const { node, excerpt } = sentenceNode('p', 'result-excerpt', reading, hit.positions, info.lang);
	const link = element('a', 'result-link');
	link.href = sentenceLink(`${info.url}#${id}`, reading, excerpt.pieces);
	link.append(`Sentence ${sentenceNumber(id)}`, element('span', 'visually-hidden', ` of ${info.title}`));
	item.append(link, node);
	const counterparts = counterpartsNode(review, text, sentence, hit, context);
	if (counterparts) item.append(counterparts);
	return item;
}

/**
 * Appends `hits` (in `orderHits` order) to `container`, under the review and text
 * groups already there when a hit continues the last one.
 */
export function appendResults(container: HTMLElement, hits: readonly Hit[], context: ResultContext): void {
	for (const hit of hits) {
		const review = context.reviewOf(hit);
		const { part, text } = context.index.place(hit.record);
		const info = review.texts.find((candidate) => candidate.text === text)!;
		const reviewKey = `${part.url} ${review.id}`;
		let reviewGroup = container.lastElementChild as HTMLElement | null;
		if (reviewGroup?.dataset['review'] !== reviewKey) {
			reviewGroup = element('section', 'result-review');
			reviewGroup.dataset['review'] = reviewKey;
			const heading = element('h3', 'result-review-title', review.title);
			heading.id = `results-review-${container.children.length}`;
			reviewGroup.setAttribute('aria-labelledby', heading.id);
			reviewGroup.append(heading);
			container.append(reviewGroup);
		}
		let textGroup = reviewGroup.lastElementChild as HTMLElement;
		if (textGroup.dataset['text'] !== String(textNumberOf(hit.record))) {
			textGroup = element('div', 'result-text');
			textGroup.dataset['text'] = String(textNumberOf(hit.record));
			const heading = element('h4', 'result-text-title', info.title);
			textGroup.append(heading, element('ol', 'result-sentences'));
			reviewGroup.append(textGroup);
		}
		textGroup.querySelector('ol')!.append(safeResultNode(hit, context, info));
	}
}

/** A result, or, if it cannot be shown, a line that says so: one bad result never hides the others. */
function safeResultNode(hit: Hit, context: ResultContext, info: { title: string; url: string }): HTMLElement {
	try {
		return resultNode(hit, context);
	} catch (error) {
		console.error(error);
		const item = element('li', 'search-result');
		const link = element('a', 'result-link', `A sentence of ${info.title} matches, but cannot be shown here`);
		link.href = info.url;
		item.append(link);
		return item;
	}
}
