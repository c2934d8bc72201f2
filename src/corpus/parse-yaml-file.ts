import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'astro/zod';
import { CorpusError, formatFieldPath } from './corpus-error.ts';

/**
 * Parses a corpus YAML file's text and validates it against a zod schema; the one way
 * manifests and names indexes are read, so their errors read alike.
 * @param displayPath How to name the file in error messages.
 * @throws {CorpusError} `(syntax)` for YAML that does not parse (duplicate keys
 *   included), else one problem per schema issue, with its field path.
 */
export function parseYamlFile<Schema extends z.ZodType>(text: string, displayPath: string, schema: Schema): z.output<Schema> {
	let raw: unknown;
	try {
		raw = parseYaml(text, { prettyErrors: true, uniqueKeys: true });
	} catch (error) {
		const reason = error instanceof YAMLParseError ? error.message : String(error);
		throw new CorpusError([{ file: displayPath, field: '(syntax)', reason: `not valid YAML: ${reason}` }]);
	}
	const result = schema.safeParse(raw);
	if (!result.success) {
		throw new CorpusError(
			result.error.issues.map((issue) => ({ file: displayPath, field: formatFieldPath(issue.path), reason: issue.message })),
		);
	}
	return result.data;
}
