import { CorpusError } from './corpus-error.ts';
import { LIMIT_VARIABLES, readLimits } from './read-limits.ts';
import { readYamlFile } from './read-yaml-file.ts';
import { ManifestSchema, type Manifest } from './schema.ts';

/** The manifest's file name inside a corpus folder. */
export const MANIFEST_FILE = 'corpus.yaml';

/**
 * Reads and validates a corpus manifest against `ManifestSchema`.
 * @param path Where the manifest is on disk.
 * @param displayPath How to name the file in error messages.
 * @param maxBytes The most it may hold (`CORPUS_MAX_MANIFEST_BYTES`).
 * @throws {CorpusError} naming the file, the field and the reason of every problem.
 */
export async function readManifest(path: string, displayPath: string, maxBytes = readLimits().maxManifestBytes): Promise<Manifest> {
	const manifest = await readYamlFile(path, displayPath, ManifestSchema, maxBytes, LIMIT_VARIABLES.maxManifestBytes);
	if (manifest === null) {
		throw new CorpusError([{ file: displayPath, field: '(file)', reason: `the manifest ${MANIFEST_FILE} is missing` }]);
	}
	return manifest;
}
