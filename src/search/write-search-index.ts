/**
 * Writes the search index's files (`build-index-files.ts`) into a folder, replacing
 * what was there. JSON without spaces; the same corpus always gives the same bytes.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { IndexFiles } from './build-index-files.ts';

/** Every file of `files`, by its path under the index folder. */
export function* indexFileEntries(files: IndexFiles): Iterable<[path: string, value: unknown]> {
	yield ['manifest.json', files.manifest];
	yield* files.shards;
	yield* files.blocks;
	yield* files.chunks;
	for (const [id, review] of files.reviews) yield [`reviews/${id}.json`, review];
}

/** Writes every file of `files` under `outDir`; returns how many were written. */
export async function writeSearchIndex(files: IndexFiles, outDir: string): Promise<number> {
	await rm(outDir, { recursive: true, force: true });
	const folders = new Set<string>();
	let written = 0;
	for (const [path, value] of indexFileEntries(files)) {
		const file = join(outDir, path);
		const folder = dirname(file);
		if (!folders.has(folder)) {
			await mkdir(folder, { recursive: true });
			folders.add(folder);
		}
		await writeFile(file, JSON.stringify(value));
		written++;
	}
	return written;
}
