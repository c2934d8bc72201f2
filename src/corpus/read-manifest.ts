import { readFile } from 'node:fs/promises';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { CorpusError, formatFieldPath } from './corpus-error.ts';
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
	let raw: unknown;
	try {
		raw = parseYaml(text, { prettyErrors: true, uniqueKeys: true });
	} catch (error) {
		const reason = error instanceof YAMLParseError ? error.message : String(error);
		throw fail('(syntax)', `not valid YAML: ${reason}`);
	}
	const result = ManifestSchema.safeParse(raw);
	if (!result.success) {
		throw new CorpusError(
			result.error.issues.map((issue) => ({
				file: displayPath,
				field: formatFieldPath(issue.path),
				reason: issue.message,
			})),
		);
	}
	return result.data;
}
