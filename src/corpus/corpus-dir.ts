/**
 * The corpus folder a build publishes: `content/` (the embedded default corpus) unless
 * `CORPUS_DIR` names another folder of the same shape. Relative to the project root.
 */
export function corpusDir(): string {
	return process.env.CORPUS_DIR || 'content';
}
