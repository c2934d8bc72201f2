import { readFile } from 'node:fs/promises';
import { CorpusError } from './corpus-error.ts';
import { parseYamlFile } from './parse-yaml-file.ts';
import { ManifestSchema, type Manifest } from './schema.ts';

/** The manifest's file name inside a corpus folder. */
export const MANIFEST_FILE = 'corpus.yaml';

/**
 * Reads and validates a corpus manifest against `ManifestSchema`.
 * @param path Where the manifest is on disk.
 * @param displayPath How to name the file in error messages.
 * @throws {CorpusError} naming the file, the field and the reason of every problem.
 */
export async function readManifest(path: string, displayPath: string): Promise<Manifest> {
	const fail = (field: string, reason: string) => new CorpusError([{ file: displayPath, field, reason }]);
	let text: string;
	try {
		text = await readFile(path, 'utf8');
	} catch {
		throw fail('(file)', `the manifest ${MANIFEST_FILE} is missing or unreadable`);
	}
	return parseYamlFile(text, displayPath, ManifestSchema);
}
