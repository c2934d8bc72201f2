/** One thing wrong with a corpus: where it is, and why it is wrong. */
export interface CorpusProblem {
	/** The file at fault, as the reader named it (manifest or text file). */
	file: string;
	/** The manifest field at fault, as a path: `texts[2].derivedFrom`. */
	field: string;
	/** What is wrong, in words a corpus author can act on. */
	reason: string;
}

/**
 * Thrown when a corpus cannot be published. It lists every problem found, each with
 * its file, field and reason, so an author fixes them all in one pass; the build
 * fails on it before any page is written.
 */
export class CorpusError extends Error {
	readonly problems: readonly CorpusProblem[];

	constructor(problems: readonly CorpusProblem[]) {
		super(formatProblems(problems));
		this.name = 'CorpusError';
		this.problems = problems;
	}
}

function formatProblems(problems: readonly CorpusProblem[]): string {
	const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
	const lines = problems.map(({ file, field, reason }) => `  ${file} › ${field}: ${reason}`);
	return [`The corpus is invalid (${count}):`, ...lines].join('\n');
}

/** Formats a zod issue path (`['texts', 2, 'kind']`) as `texts[2].kind`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
	let field = '';
	for (const key of path) {
		field += typeof key === 'number' ? `[${key}]` : `${field ? '.' : ''}${String(key)}`;
	}
	return field || '(root)';
}
