/**
 * The search index of a search source kept on disk (`source-file.ts`), built and written
 * as `npm run build` builds it (`buildIndexFiles`, `writeSearchIndex`), and counted.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { buildIndexFiles, type IndexOptions } from '../../src/search/build-index-files.ts';
import { writeSearchIndex } from '../../src/search/write-search-index.ts';
import { readSourceFile } from './source-file.ts';

export interface IndexBuild {
	texts: number;
	sentences: number;
	/** Reading the source, building the files, writing them: ms each. */
	readMs: number;
	buildMs: number;
	writeMs: number;
	/** Peak resident set of this process, bytes. */
	maxRss: number;
	files: number;
	bytes: number;
	/** Files and bytes by kind: manifest, shards, blocks, chunks, reviews. */
	byKind: Record<string, { files: number; bytes: number }>;
}

/** Builds the index of the source in `sourcePath` into `outDir`, with the default sizes or `options`. */
export async function buildScaleIndex(sourcePath: string, outDir: string, options: Partial<IndexOptions> = {}): Promise<IndexBuild> {
	let started = performance.now();
	const source = await readSourceFile(sourcePath);
	const readMs = performance.now() - started;
	started = performance.now();
	const files = buildIndexFiles(source, options);
	const buildMs = performance.now() - started;
	started = performance.now();
	await writeSearchIndex(files, outDir);
	const writeMs = performance.now() - started;
	return {
		texts: files.manifest.texts,
		sentences: files.manifest.sentences,
		readMs: Math.round(readMs),
		buildMs: Math.round(buildMs),
		writeMs: Math.round(writeMs),
		maxRss: process.resourceUsage().maxRSS * 1024,
		...(await countFiles(outDir)),
	};
}

function kindOf(path: string): string {
	if (path === 'manifest.json') return 'manifest';
	if (path.startsWith('reviews/')) return 'reviews';
	if (path.startsWith('texts/')) return 'chunks';
	return /^[a-z]+\/\d+\.json$/.test(path) ? 'shards' : 'blocks';
}

/** Files and bytes under `dir`, in all and by kind. */
async function countFiles(dir: string): Promise<Pick<IndexBuild, 'files' | 'bytes' | 'byKind'>> {
	const byKind: IndexBuild['byKind'] = {};
	let files = 0;
	let bytes = 0;
	for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		const size = (await stat(path)).size;
		const kind = (byKind[kindOf(path.slice(dir.length + 1))] ??= { files: 0, bytes: 0 });
		kind.files++;
		kind.bytes += size;
		files++;
		bytes += size;
	}
	return { files, bytes, byKind };
}
