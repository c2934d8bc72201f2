/**
 * Writes the search index's files (`build-index-files.ts`) into a folder, replacing
 * what was there. JSON without spaces; the same corpus always gives the same bytes.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { IndexFiles } from './build-index-files.ts';

/** Writes every file of `files` under `outDir`; returns how many were written. */
export async function writeSearchIndex(files: IndexFiles, outDir: string): Promise<number> {
	await rm(outDir, { recursive: true, force: true });
	const entries: [string, unknown][] = [
		['manifest.json', files.manifest],
		...files.shards,
		...[...files.reviews].map(([id, review]): [string, unknown] => [`reviews/${id}.json`, review]),
	];
	for (const [path, value] of entries) {
		const file = join(outDir, path);
		await mkdir(dirname(file), { recursive: true });
		await writeFile(file, JSON.stringify(value));
	}
	return entries.length;
}
