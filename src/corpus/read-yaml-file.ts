import { basename, dirname } from 'node:path';
import type { z } from 'astro/zod';
import { CorpusError } from './corpus-error.ts';
import { decodeUtf8 } from './decode-utf8.ts';
import { parseYamlFile } from './parse-yaml-file.ts';
import { readCorpusFile } from './read-corpus-file.ts';
import { LIMIT_VARIABLES, readLimits } from './read-limits.ts';

/**
 * Reads a corpus YAML file (`corpus.yaml`, `people.yaml`) as strictly as a text file: the
 * folder's own regular file, within the size limit, strict UTF-8 (a byte that is not, or
 * a UTF-16 file, is named with its offset rather than read as U+FFFD), then YAML
 * validated against `schema`.
 * @param path Where the file is on disk.
 * @param displayPath How to name the file in error messages.
 * @returns The validated data, or `null` when there is no such file.
 * @throws {CorpusError} naming the file, the field and the reason of every problem.
 */
export async function readYamlFile<Schema extends z.ZodType>(
	path: string,
	displayPath: string,
	schema: Schema,
	maxBytes = readLimits().maxFileBytes,
	limitVariable = LIMIT_VARIABLES.maxFileBytes,
): Promise<z.output<Schema> | null> {
	const read = await readCorpusFile(dirname(path), basename(path), maxBytes, limitVariable);
	if ('reason' in read) {
		if (read.missing) return null;
		throw new CorpusError([{ file: displayPath, field: '(file)', reason: read.reason }]);
	}
	const decoded = decodeUtf8(read.bytes);
	if ('reason' in decoded) throw new CorpusError([{ file: displayPath, field: '(encoding)', reason: decoded.reason }]);
	return parseYamlFile(decoded.text, displayPath, schema);
}
