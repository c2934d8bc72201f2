/**
 * What a build wrote: files and bytes of dist/ by section, and the largest page of a
 * section (whose weight the benchmark then measures in the browser).
 */
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export interface DistStats {
	files: number;
	/** Sum of the files' sizes. */
	bytes: number;
	/** Space on disk (allocated blocks), which many small files inflate. */
	diskBytes: number;
	/** Per section (`texts`, `compare`, `search-index`, …): files and bytes. */
	sections: Record<string, { files: number; bytes: number }>;
}

/** Files and bytes of a built site, by section. */
export async function distStats(dist: string): Promise<DistStats> {
	const stats: DistStats = { files: 0, bytes: 0, diskBytes: 0, sections: {} };
	for (const path of await listFiles(dist)) {
		const info = await stat(path);
		const parts = relative(dist, path).split(sep);
		const section = parts.length === 1 ? '(top)' : parts[0]!;
		const entry = (stats.sections[section] ??= { files: 0, bytes: 0 });
		entry.files += 1;
		entry.bytes += info.size;
		stats.files += 1;
		stats.bytes += info.size;
		stats.diskBytes += info.blocks * 512;
	}
	return stats;
}

async function listFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** The largest page inside a section (its HTML bytes), e.g. the biggest `/people/<id>/`. */
export async function largestPage(dist: string, section: string): Promise<string | null> {
	const dir = join(dist, section);
	const pages = (await listFiles(dir).catch(() => [] as string[])).filter(
		(path) => path.endsWith(`${sep}index.html`) && relative(dir, path).split(sep).length >= 2,
	);
	let best: { path: string; size: number } | null = null;
	for (const path of pages) {
		const { size } = await stat(path);
		if (!best || size > best.size) best = { path, size };
	}
	return best ? `/${relative(dist, best.path).split(sep).slice(0, -1).join('/')}/` : null;
}
