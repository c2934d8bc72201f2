/**
 * A search source kept on disk between runs, as JSON lines (a whole corpus as one JSON
 * string passes V8's string limit near 100,000 texts): the reviews, then one line per
 * text, then one per alignment.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { SearchSource } from '../../src/search/build-index-files.ts';

type Line =
	{ reviews: SearchSource['reviews'] } | { text: SearchSource['texts'][number] } | { alignment: SearchSource['alignments'][number] };

/** Writes `source` to `path`. */
export async function writeSourceFile(source: SearchSource, path: string): Promise<void> {
	const out = createWriteStream(path);
	const write = async (line: Line) => {
		if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
	};
	await write({ reviews: source.reviews });
	for (const text of source.texts) await write({ text });
	for (const alignment of source.alignments) await write({ alignment });
	out.end();
	await once(out, 'finish');
}

/** Reads a source written by `writeSourceFile`. */
export async function readSourceFile(path: string): Promise<SearchSource> {
	const source: SearchSource = { reviews: [], texts: [], alignments: [] };
	for await (const json of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
		const line = JSON.parse(json) as Line;
		if ('reviews' in line) source.reviews = line.reviews;
		else if ('text' in line) source.texts.push(line.text);
		else source.alignments.push(line.alignment);
	}
	return source;
}
