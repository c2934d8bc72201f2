import { constants } from 'node:fs';
import { lstat, open, realpath } from 'node:fs/promises';
import { join, relative, isAbsolute } from 'node:path';
import { LIMIT_VARIABLES } from './read-limits.ts';

/** What reading a corpus file gave: its bytes, or why it cannot be read. */
export type CorpusFileRead =
	| { bytes: Uint8Array }
	| {
			/** In words a corpus author can act on. */
			reason: string;
			/** The entry does not exist at all (a names index may be absent). */
			missing?: true;
	  };

/**
 * Reads one file of a corpus folder, only if it is the folder's own regular file and
 * no larger than `maxBytes`. A build publishes every byte it reads, so a text that is a
 * symbolic link to `/etc/passwd` or `/proc/self/environ` would publish it, one to
 * `/dev/zero` would grow without end, and a FIFO would hang the build: each is refused,
 * naming the entry and why. A link to a file inside the folder is followed.
 * @param dir The corpus folder.
 * @param name The entry's name inside it (a plain file name: the schema allows no `/`).
 * @param limitVariable The variable that sets `maxBytes`, named when a file is over it.
 */
export async function readCorpusFile(
	dir: string,
	name: string,
	maxBytes: number,
	limitVariable = LIMIT_VARIABLES.maxFileBytes,
): Promise<CorpusFileRead> {
	const resolved = await resolveInside(dir, name);
	if ('reason' in resolved) return resolved;
	// O_NOFOLLOW: the path was resolved, so a link swapped in since is refused, not followed.
	return readRegularFile(resolved.path, name, maxBytes, constants.O_NOFOLLOW, limitVariable);
}

/**
 * Reads a regular file of at most `maxBytes`, whatever links lead to it (the command line
 * reads what its caller names): a device, a FIFO or a folder is refused, as is a file
 * larger than the limit, without reading more than the limit.
 * @param name How to name the file in reasons.
 */
export async function readRegularFile(
	path: string,
	name: string,
	maxBytes: number,
	extraFlags = 0,
	limitVariable = LIMIT_VARIABLES.maxFileBytes,
): Promise<CorpusFileRead> {
	let handle;
	try {
		// O_NONBLOCK: opening a FIFO must not wait for a writer (it is refused just below).
		handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK | extraFlags);
	} catch (error) {
		const code = errorCode(error);
		if (code === 'ENOENT') return { reason: `"${name}" not found`, missing: true };
		return { reason: `"${name}" could not be opened (${code})` };
	}
	try {
		const stats = await handle.stat();
		if (!stats.isFile()) return { reason: `"${name}" is ${describeKind(stats)}, not a regular file` };
		const overLimit = (size: number) =>
			`"${name}" is ${size.toLocaleString('en')} bytes or more, over the limit of ${maxBytes.toLocaleString('en')} bytes a file (${limitVariable})`;
		if (stats.size > maxBytes) return { reason: overLimit(stats.size) };
		// Read to the end rather than trusting the size (files in /proc say 0), never past the limit.
		const chunks: Buffer[] = [];
		let total = 0;
		for (;;) {
			const chunk = Buffer.alloc(Math.min(64 * 1024, maxBytes + 1 - total));
			const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
			if (bytesRead === 0) break;
			chunks.push(chunk.subarray(0, bytesRead));
			total += bytesRead;
			if (total > maxBytes) return { reason: overLimit(total) };
		}
		return { bytes: Buffer.concat(chunks, total) };
	} catch (error) {
		return { reason: `"${name}" could not be read (${errorCode(error)})` };
	} finally {
		await handle.close();
	}
}

/**
 * The size in bytes of a corpus folder's own regular file, for the corpus-wide limit,
 * checked before any text is read; or why the file cannot be read.
 */
export async function sizeOfCorpusFile(dir: string, name: string): Promise<{ bytes: number } | { reason: string; missing?: true }> {
	const resolved = await resolveInside(dir, name);
	if ('reason' in resolved) return resolved;
	const stats = await lstat(resolved.path);
	if (!stats.isFile()) return { reason: `"${name}" is ${describeKind(stats)}, not a regular file` };
	return { bytes: stats.size };
}

const realFolders = new Map<string, Promise<string>>();

/** The real path of `name` inside `dir`, if it is inside once every link is followed. */
async function resolveInside(dir: string, name: string): Promise<{ path: string } | { reason: string; missing?: true }> {
	const path = join(dir, name);
	let entry;
	try {
		entry = await lstat(path);
	} catch (error) {
		if (errorCode(error) === 'ENOENT') return { reason: `"${name}" not found`, missing: true };
		return { reason: `"${name}" could not be read (${errorCode(error)})` };
	}
	if (!entry.isSymbolicLink()) return { path };
	let folder = realFolders.get(dir);
	if (!folder) realFolders.set(dir, (folder = realpath(dir)));
	let target: string;
	try {
		target = await realpath(path);
	} catch (error) {
		return { reason: `"${name}" is a symbolic link to nothing readable (${errorCode(error)})` };
	}
	const inside = relative(await folder, target);
	if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
		return { reason: `"${name}" is a symbolic link to ${target}, outside the corpus folder: only the folder's own files are read` };
	}
	return { path: target };
}

function describeKind(stats: {
	isDirectory(): boolean;
	isFIFO(): boolean;
	isSocket(): boolean;
	isCharacterDevice(): boolean;
	isBlockDevice(): boolean;
}): string {
	if (stats.isDirectory()) return 'a folder';
	if (stats.isFIFO()) return 'a named pipe (FIFO)';
	if (stats.isSocket()) return 'a socket';
	if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
	return 'a special file';
}

function errorCode(error: unknown): string {
	return error instanceof Error && 'code' in error ? String(error.code) : String(error);
}
