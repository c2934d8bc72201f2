/**
 * The words of a cased version as evidence: each with the form to copy (a title in
 * capitals is copied in title case) and the name it belongs to.
 */
import type { VersionWord, WordedText } from './aligned-capitals.ts';
import { titleCaseWords } from './title-case.ts';
import { caseShape } from './word-shape.ts';

/** Lower-case words this short may join the words of one name: `of`, `de`, `la`, `del`. */
const MAX_CONNECTOR_LENGTH = 3;
/** At most this many in a row (`de la`): more is running text between two names. */
const MAX_CONNECTORS = 2;

/**
 * The words of one sentence of a cased version, each with the form to copy and the name
 * it belongs to: a run of capitalised words in running text, joined by spaces, hyphens
 * or short lower-case words (`Festival de Cine de Cannes`).
 */
export function versionWords(version: WordedText, s: number, sameLanguage: boolean): VersionWord[] {
	const reading = version.reading[s]!;
	const words: VersionWord[] = version.words[s]!.map((word) => ({
		...word,
		text: reading.slice(word.start, word.end),
		model: reading.slice(word.start, word.end),
	}));
	recaseCapitalRuns(words, sameLanguage);
	let run: VersionWord[] = [];
	let connectors = 0;
	const close = () => {
		const named = run.filter((word) => caseShape(word.model) !== 'lower');
		const name = { id: `${version.id}:${s}:${named[0]?.start}`, size: named.length };
		for (const word of named) word.name = name;
		run = [];
		connectors = 0;
	};
	words.forEach((word, i) => {
		const capital = word.position === 'running' && caseShape(word.model) !== 'lower';
		const joined = i > 0 && /^[\s\p{Pd}'’]*$/u.test(reading.slice(words[i - 1]!.end, word.start));
		if (capital) {
			if (!joined) close();
			run.push(word);
			connectors = 0;
		} else if (
			run.length > 0 &&
			joined &&
			connectors < MAX_CONNECTORS &&
			word.folded.length <= MAX_CONNECTOR_LENGTH &&
			caseShape(word.model) === 'lower'
		) {
			run.push(word);
			connectors++;
		} else {
			close();
		}
	});
	close();
	return words;
}

function isAllCapitals(word: string): boolean {
	return /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
}

/**
 * Words in capitals. In a version of the same language, a run of two or more is a title
 * (`IVAN THE TERRIBLE` → `Ivan the Terrible`) and one alone of up to five letters an
 * acronym; in another language they are not evidence and are read as lower case.
 */
function recaseCapitalRuns(words: VersionWord[], sameLanguage: boolean): void {
	for (let i = 0; i < words.length;) {
		let j = i;
		while (j < words.length && isAllCapitals(words[j]!.text)) j++;
		const run = words.slice(i, j);
		// A capital letter alone is no shouting (`A`, `I`), unless it is part of a run (`{A MERE`).
		if (!run.some((word) => word.folded.length > 1)) {
			i = Math.max(j, i + 1);
			continue;
		}
		if (!sameLanguage) {
			for (const word of run) word.model = word.text.toLowerCase();
		} else if (run.length > 1) {
			const titled = titleCaseWords(run.map((word) => word.text.toLowerCase()));
			run.forEach((word, k) => (word.model = titled[k]!));
		} else if (run[0]!.folded.length > 5) {
			run[0]!.model = run[0]!.text.charAt(0) + run[0]!.text.slice(1).toLowerCase();
		}
		i = j;
	}
}
