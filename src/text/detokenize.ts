/**
 * Undoing the Penn Treebank-style tokenization of the corpus originals, for reading:
 * `stalin 's` → `stalin's`, `has n't` → `hasn't`, ``` `` … '' ``` → “…”.
 */

// Clitics the tokenizer split off the word before them.
const CLITICS = new Set(["'s", "'re", "'ve", "'ll", "'d", "'m", "n't"]);
const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', ']', '}', '%', "''"]);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '``']);
const QUOTE_MARKS = new Map([
	['``', '\u201C'],
	["''", '\u201D'],
]);

/**
 * Joins the tokens of ONE tokenized sentence back into readable text. Straight
 * apostrophes stay straight; `...` and ` - ` keep their spaces.
 *
 * A free-standing `'` either closes a single-quoted title opened by a `'` glued to a
 * word (`'the cranes are flying '`) or marks a plural possessive (`boris ' cousin`);
 * both attach to the word before, so no open/closed state is needed.
 */
export function detokenize(sentence: string): string {
	const parts: string[] = [];
	let spaceBefore = false;
	for (const token of sentence.split(/\s+/)) {
		if (token === '') continue;
		const attach = !spaceBefore || attachesToPrevious(token);
		parts.push(attach ? '' : ' ', QUOTE_MARKS.get(token) ?? token);
		spaceBefore = !NO_SPACE_AFTER.has(token);
	}
	return parts.join('');
}

function attachesToPrevious(token: string): boolean {
	return token === "'" || NO_SPACE_BEFORE.has(token) || CLITICS.has(token.toLowerCase().replace('\u2019', "'"));
}
