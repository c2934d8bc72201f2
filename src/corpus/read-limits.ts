/** How much of the disk a build may read: past these, it stops with a clear error. */
export interface ReadLimits {
	/** Bytes one file of the corpus (a text, `corpus.yaml`, `people.yaml`) may hold. */
	maxFileBytes: number;
	/** Bytes all the corpus's text files may hold together. */
	maxCorpusBytes: number;
}

/**
 * The defaults leave room: the seeds are 1–4 KB a text, and a corpus of 100,000 review
 * texts about 200 MB. What stays bounded is a link to `/dev/zero` or a runaway file.
 */
export const DEFAULT_READ_LIMITS: ReadLimits = {
	maxFileBytes: 4 * 1024 * 1024,
	maxCorpusBytes: 1024 * 1024 * 1024,
};

/**
 * The limits in force: the defaults, or `CORPUS_MAX_FILE_BYTES` and `CORPUS_MAX_BYTES`.
 * @throws {Error} naming the variable when one is set to anything but a positive whole number.
 */
export function readLimits(env: Record<string, string | undefined> = process.env): ReadLimits {
	return {
		maxFileBytes: fromEnv(env, 'CORPUS_MAX_FILE_BYTES') ?? DEFAULT_READ_LIMITS.maxFileBytes,
		maxCorpusBytes: fromEnv(env, 'CORPUS_MAX_BYTES') ?? DEFAULT_READ_LIMITS.maxCorpusBytes,
	};
}

function fromEnv(env: Record<string, string | undefined>, name: string): number | undefined {
	const value = env[name];
	if (value === undefined || value === '') return undefined;
	if (!/^[1-9][0-9]*$/.test(value) || !Number.isSafeInteger(Number(value))) {
		throw new Error(`${name} must be a positive whole number of bytes, not ${JSON.stringify(value)}`);
	}
	return Number(value);
}
