/**
 * `Promise.all(items.map(fn))` with at most `limit` calls of `fn` running at once, results
 * in the order of `items`. Reading 5,000 text files all at once opens 5,000 files at once,
 * and past the process's limit on open files (256 by default on macOS) every read fails
 * with EMFILE; a bounded pool reads any number of files.
 */
export async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
	const results = new Array<R>(items.length);
	let next = 0;
	const work = async () => {
		while (next < items.length) {
			const index = next++;
			results[index] = await fn(items[index]!, index);
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, work));
	return results;
}
