/** How much of the disk a build may read: past these, it stops with a clear error. */
export interface ReadLimits {
	/** Bytes one file of the corpus (a text, `people.yaml`) may hold. */
	maxFileBytes: number;
	/** Bytes the manifest, `corpus.yaml`, may hold: it grows with the texts it lists. */
	maxManifestBytes: number;
	/** Bytes all the corpus's text files may hold together. */
	maxCorpusBytes: number;
}

/**
 * The defaults leave room: the seeds are 1–4 KB a text, a corpus of 100,000 review texts
 * about 330 MB, and its manifest 25 MB (about 250 bytes a text, so 64 MiB lists some
 * 250,000). What stays bounded is a link to `/dev/zero` or a runaway file.
 */
export const DEFAULT_READ_LIMITS: ReadLimits = {
	maxFileBytes: 4 * 1024 * 1024,
	maxManifestBytes: 64 * 1024 * 1024,
	maxCorpusBytes: 1024 * 1024 * 1024,
};

/** The variable that sets each limit, which an error over a limit names. */
export const LIMIT_VARIABLES: Record<keyof ReadLimits, string> = {
	maxFileBytes: 'CORPUS_MAX_FILE_BYTES',
	maxManifestBytes: 'CORPUS_MAX_MANIFEST_BYTES',
	maxCorpusBytes: 'CORPUS_MAX_BYTES',
};

/**
 * The limits in force: the defaults, or `CORPUS_MAX_FILE_BYTES`, `CORPUS_MAX_MANIFEST_BYTES`
 * and `CORPUS_MAX_BYTES`.
 * @throws {Error} naming the variable when one is set to anything but a positive whole number.
 */
export function readLimits(env: Record<string, string | undefined> = process.env): ReadLimits {
	const limit = (key: keyof ReadLimits) => fromEnv(env, LIMIT_VARIABLES[key]) ?? DEFAULT_READ_LIMITS[key];
	return { maxFileBytes: limit('maxFileBytes'), maxManifestBytes: limit('maxManifestBytes'), maxCorpusBytes: limit('maxCorpusBytes') };
}

function fromEnv(env: Record<string, string | undefined>, name: string): number | undefined {
	const value = env[name];
	if (value === undefined || value === '') return undefined;
	if (!/^[1-9][0-9]*$/.test(value) || !Number.isSafeInteger(Number(value))) {
		throw new Error(`${name} must be a positive whole number of bytes, not ${JSON.stringify(value)}`);
	}
	return Number(value);
}
