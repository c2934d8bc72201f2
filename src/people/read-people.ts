import { readFile } from 'node:fs/promises';
import { CorpusError } from '../corpus/corpus-error.ts';
import { parseYamlFile } from '../corpus/parse-yaml-file.ts';
import { PeopleSchema, type Person } from './schema.ts';

/** The names index's file name inside a corpus folder. */
export const PEOPLE_FILE = 'people.yaml';

/**
 * Reads and validates a names index against `PeopleSchema`.
 * @param path Where the file is on disk.
 * @param displayPath How to name the file in error messages.
 * @returns The people in file order, or `null` when there is no such file: a corpus
 *   without a names index simply has no people pages.
 * @throws {CorpusError} naming the file, the field (`people[3].spellings[1]`) and the
 *   reason of every problem: bad YAML, schema errors, duplicate ids, a spelling shared by
 *   two people, a `playedBy` pointing nowhere.
 */
export async function readPeople(path: string, displayPath: string): Promise<Person[] | null> {
	const fail = (field: string, reason: string) => new CorpusError([{ file: displayPath, field, reason }]);
	let text: string;
	try {
		text = await readFile(path, 'utf8');
	} catch (error) {
		if (isMissingFile(error)) return null;
		throw fail('(file)', `the names index ${PEOPLE_FILE} is unreadable: ${String(error)}`);
	}
	return parseYamlFile(text, displayPath, PeopleSchema).people;
}

// Only a file that is not there means "no names index"; a directory or a file that
// cannot be read is an error the author must see.
function isMissingFile(error: unknown): boolean {
	return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}
