/**
 * What a machine rewrite changed, word by word, with jsdiff. It runs over the reading
 * views, so the original's tokenization (`stalin 's`) does not count as change; words,
 * punctuation and case do (the rewrite's "THE CRANES ARE FLYING" is a change). The
 * reading view restores the lower-cased originals' capitals, so their lost case is not.
 * @see https://github.com/kpdecker/jsdiff
 */
import { diffArrays } from 'diff';

export interface DiffPart {
	text: string;
	/** `same` on both sides, `removed` from the source, `added` in the target. */
	change: 'same' | 'removed' | 'added';
}

export interface WordDiff {
	/** The source's text, cut into unchanged and removed parts: joined, they are the source. */
	source: DiffPart[];
	/** The target's text, cut into unchanged and added parts: joined, they are the target. */
	target: DiffPart[];
	/**
	 * One copy of the passage with both kinds of change, in reading order: the target's
	 * text with the source's removed words where they were. Its `same` and `added` parts
	 * joined are the target; its `removed` parts joined are the source's removed words.
	 */
	inline: DiffPart[];
	/** Words both sides keep, as a Dice coefficient in [0, 1]. */
	similarity: number;
	/** Counts behind the similarity, so rows sum into a whole-text figure. */
	words: { kept: number; total: number };
	/**
	 * False when the passages were too long and too different to compare word by word
	 * within `MAX_DIFF_WORK`: every word is then marked as changed, and none counts as kept.
	 */
	complete: boolean;
}

/**
 * How much work a word diff may take, in Myers steps: (N + M) words times D edits. A row
 * of a few sentences never comes near it; a 1 MB sentence rewritten throughout would take
 * hours (N + M ≈ 300,000 words, D in the tens of thousands). Under a second at worst.
 * A step bound, not a time limit, so the result does not depend on the machine.
 */
export const MAX_DIFF_WORK = 10_000_000;

interface Token {
	start: number;
	end: number;
	key: string;
	isWord: boolean;
}

// A word (with inner apostrophes and hyphens: `hasn't`, `hand-held`) or one punctuation mark.
const TOKEN = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

function tokenize(text: string): Token[] {
	return [...text.matchAll(TOKEN)].map((match) => ({
		start: match.index,
		end: match.index + match[0].length,
		key: match[0],
		isWord: /[\p{L}\p{N}]/u.test(match[0]),
	}));
}

/** Cuts `text` into parts at its tokens' change flags; the parts join back into `text`. */
function toParts(text: string, tokens: readonly Token[], changed: readonly boolean[], change: DiffPart['change']): DiffPart[] {
	const parts: DiffPart[] = [];
	let from = 0;
	tokens.forEach((token, i) => {
		const kind = changed[i] ? change : 'same';
		const last = parts.at(-1);
		// Spaces between two changed tokens belong to the change, so it reads as one mark.
		const gapKind = last?.change === kind ? kind : 'same';
		const gap = text.slice(from, token.start);
		if (gap) push(parts, gap, gapKind);
		push(parts, text.slice(token.start, token.end), kind);
		from = token.end;
	});
	if (from < text.length) push(parts, text.slice(from), 'same');
	return parts;
}

function push(parts: DiffPart[], text: string, change: DiffPart['change']) {
	const last = parts.at(-1);
	if (last?.change === change) last.text += text;
	else parts.push({ text, change });
}

/** Adds a run of the target's text: the space before an added run is not part of the change. */
function pushTarget(parts: DiffPart[], text: string, change: DiffPart['change']) {
	const last = parts.at(-1);
	// Removed words right before the target's next word would read as one word with it.
	if (last?.change === 'removed' && /^[\p{L}\p{N}]/u.test(text)) last.text += ' ';
	const gap = change === 'added' ? (/^\s+/.exec(text)?.[0] ?? '') : '';
	if (gap) push(parts, gap, 'same');
	if (text.length > gap.length) push(parts, text.slice(gap.length), change);
}

/** Compares two passages of one language, word by word. */
export function compareWords(source: string, target: string): WordDiff {
	const a = tokenize(source);
	const b = tokenize(target);
	const removed = new Array<boolean>(a.length).fill(false);
	const added = new Array<boolean>(b.length).fill(false);
	const maxEditLength = Math.max(1, Math.floor(MAX_DIFF_WORK / (a.length + b.length + 1)));
	const parts = diffArrays(
		a.map((t) => t.key),
		b.map((t) => t.key),
		{ maxEditLength },
	);
	const total = a.filter((t) => t.isWord).length + b.filter((t) => t.isWord).length;
	if (!parts) {
		const sourceParts = toParts(source, a, removed.fill(true), 'removed');
		const targetParts = toParts(target, b, added.fill(true), 'added');
		return {
			source: sourceParts,
			target: targetParts,
			inline: [...sourceParts, ...(source && target ? [{ text: ' ', change: 'removed' as const }] : []), ...targetParts].filter(
				(part) => part.text,
			),
			similarity: total === 0 ? 1 : 0,
			words: { kept: 0, total },
			complete: false,
		};
	}
	let i = 0;
	let j = 0;
	let kept = 0;
	const inline: DiffPart[] = [];
	let targetFrom = 0;
	for (const part of parts) {
		const count = part.value.length;
		if (part.removed) {
			// The removed words with the space before them in the source, where they stood.
			const from = i > 0 ? a[i - 1]!.end : a[i]!.start;
			push(inline, source.slice(from, a[i + count - 1]!.end), 'removed');
			for (let k = 0; k < count; k++) removed[i++] = true;
		} else {
			const end = b[j + count - 1]!.end;
			if (part.added) for (let k = 0; k < count; k++) added[j++] = true;
			else {
				for (let k = 0; k < count; k++) if (a[i + k]!.isWord) kept++;
				i += count;
				j += count;
			}
			pushTarget(inline, target.slice(targetFrom, end), part.added ? 'added' : 'same');
			targetFrom = end;
		}
	}
	if (targetFrom < target.length) push(inline, target.slice(targetFrom), 'same');
	return {
		source: toParts(source, a, removed, 'removed'),
		target: toParts(target, b, added, 'added'),
		inline,
		similarity: total === 0 ? 1 : (2 * kept) / total,
		words: { kept: 2 * kept, total },
		complete: true,
	};
}

/** Similarity of several diffs together: kept words over all words. */
export function overallSimilarity(diffs: readonly WordDiff[]): number {
	const kept = diffs.reduce((sum, diff) => sum + diff.words.kept, 0);
	const total = diffs.reduce((sum, diff) => sum + diff.words.total, 0);
	return total === 0 ? 1 : kept / total;
}
