/**
 * Reads a built search index back: every record's data as Pagefind stores it in its
 * fragment files (gzip of `pagefind_dcd` and the record's JSON).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface IndexedRecord {
	url: string;
	content: string;
	filters: Record<string, string[]>;
	meta: Record<string, string>;
}

const SIGNATURE = 'pagefind_dcd';

/** The records of the bundle in `<outDir>/pagefind/`, by URL. */
export function readIndexedRecords(outDir: string): Map<string, IndexedRecord> {
	const folder = join(outDir, 'pagefind/fragment');
	const records = new Map<string, IndexedRecord>();
	for (const name of readdirSync(folder)) {
		const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
		if (!text.startsWith(SIGNATURE)) throw new Error(`${name} is not a Pagefind fragment`);
		const record = JSON.parse(text.slice(SIGNATURE.length)) as IndexedRecord;
		records.set(record.url, record);
	}
	return records;
}
