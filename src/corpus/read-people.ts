import { readYamlFile } from './read-yaml-file.ts';
import { PeopleSchema, type Person } from './people-schema.ts';

/** The names index's file name inside a corpus folder. */
export const PEOPLE_FILE = 'people.yaml';

/**
 * Reads and validates a names index against `PeopleSchema`.
 * @param path Where the file is on disk.
 * @param displayPath How to name the file in error messages.
 * @returns The people in file order, or `null` when there is no such file: a corpus
 *   without a names index simply has no people pages. A folder, a link out of the corpus
 *   or an unreadable file by that name is an error the author must see.
 * @throws {CorpusError} naming the file, the field (`people[3].spellings[1]`) and the
 *   reason of every problem: bad YAML, schema errors, duplicate ids, a spelling shared by
 *   two people, a `playedBy` pointing nowhere.
 */
export async function readPeople(path: string, displayPath: string, maxBytes?: number): Promise<Person[] | null> {
	return (await readYamlFile(path, displayPath, PeopleSchema, maxBytes))?.people ?? null;
}
