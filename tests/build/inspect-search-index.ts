/**
 * Reads a built search index back: every record's data as Pagefind stores it in the
 * fragment files of each bundle (gzip of `pagefind_dcd` and the record's JSON).
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

/** The bundles in `<outDir>/pagefind/`, by number, with their records by URL. */
export function readIndexedBundles(outDir: string): Map<number, Map<string, IndexedRecord>> {
	const bundles = new Map<number, Map<string, IndexedRecord>>();
	for (const bundle of readdirSync(join(outDir, 'pagefind'))) {
		const folder = join(outDir, 'pagefind', bundle, 'fragment');
		const records = new Map<string, IndexedRecord>();
		for (const name of readdirSync(folder)) {
			const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
			if (!text.startsWith(SIGNATURE)) throw new Error(`${name} is not a Pagefind fragment`);
			const record = JSON.parse(text.slice(SIGNATURE.length)) as IndexedRecord;
			records.set(record.url, record);
		}
		bundles.set(Number(bundle), records);
	}
	return bundles;
}

/** Every record of every bundle, by URL. */
export function readIndexedRecords(outDir: string): Map<string, IndexedRecord> {
	return new Map([...readIndexedBundles(outDir).values()].flatMap((records) => [...records]));
}
