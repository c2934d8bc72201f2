import { join, relative } from 'node:path';
import pLimit from 'p-limit';
import { countWords } from '../text/count-words.ts';
import { toReadingView } from '../text/reading-view.ts';
import { segmentSentences } from '../text/segment-sentences.ts';
import { PEOPLE_FILE, readPeople } from './read-people.ts';
import type { Person } from './people-schema.ts';
import { checkManifestLinks } from './check-manifest-links.ts';
import { CorpusError, type CorpusProblem } from './corpus-error.ts';
import { decodeTextFile } from './decode-text-file.ts';
import { readCorpusFile, sizeOfCorpusFile } from './read-corpus-file.ts';
import { readLimits, type ReadLimits } from './read-limits.ts';
import { MANIFEST_FILE, readManifest } from './read-manifest.ts';
import type { CorpusInfo, ManifestText, Review, TextEntry, TextFormat } from './schema.ts';

// Text files read at once: enough to keep the disk busy, far below any limit on open files.
const MAX_OPEN_FILES = 64;

/**
 * The most sentences a text may have. Every sentence is an element of two pages and of
 * each parallel page, a search record and a row of every alignment with the text, so a
 * file of two-byte lines (two million sentences in 4 MB) would make pages of hundreds of
 * megabytes. A review has tens of sentences; a long essay a few thousand.
 */
export const MAX_SENTENCES_PER_TEXT = 10_000;

/** A corpus folder, read, validated and segmented. */
export interface Corpus {
	/** The corpus's title and its Markdown prose, as the manifest writes them. */
	info: Pick<CorpusInfo, 'title' | 'description' | 'provenance'>;
	reviews: Review[];
	/** Texts in manifest order. */
	texts: LoadedText[];
	/** The names index (`people.yaml`), in file order; empty when the folder has none. */
	people: Person[];
}

/** A text with its data and its verbatim characters. */
export interface LoadedText {
	data: TextEntry;
	/** The file's characters, exactly: `Buffer.from(body, 'utf8')` is the file. */
	body: string;
	/** Where the file is on disk. */
	filePath: string;
}

/**
 * Reads a corpus folder (a `corpus.yaml` manifest, the text files it names and an
 * optional `people.yaml` names index), validates all of it and segments every text.
 * Pure of Astro, so it is tested and reused (scripts, benchmarks) on its own.
 * @param dir The corpus folder.
 * @param root Folder that file names in error messages are relative to.
 * @throws {CorpusError} listing every problem found, each with file, field and reason.
 */
export async function loadCorpus(dir: string, root = process.cwd(), limits: ReadLimits = readLimits()): Promise<Corpus> {
	const display = (path: string) => relative(root, path) || path;
	const manifestPath = join(dir, MANIFEST_FILE);
	const manifest = await readManifest(manifestPath, display(manifestPath), limits.maxManifestBytes);

	const problems: CorpusProblem[] = checkManifestLinks(manifest, display(manifestPath));
	const peoplePath = join(dir, PEOPLE_FILE);
	const problemOf = (i: number, reason: string): CorpusProblem => ({
		file: display(join(dir, manifest.texts[i]!.source)),
		field: `texts[${i}].source`,
		reason,
	});
	// Sizes first, so a corpus past its limit is refused before any text is read.
	// A bounded pool, as Astro's glob loader reads files: 5,000 files opened at once fail with
	// EMFILE past the process's limit (256 by default on macOS).
	const limit = pLimit(MAX_OPEN_FILES);
	const sizes = await Promise.all(manifest.texts.map((text) => limit(() => sizeOfCorpusFile(dir, text.source))));
	let total = 0;
	const overCorpusLimit = sizes.findIndex((size) => 'bytes' in size && (total += size.bytes) > limits.maxCorpusBytes);
	const readingTexts = Promise.all(
		manifest.texts.map((text, i) =>
			limit(async () => {
				if (overCorpusLimit !== -1 && i >= overCorpusLimit) {
					return problemOf(
						i,
						i === overCorpusLimit
							? `with this file the texts come to ${total.toLocaleString('en')} bytes or more, over the limit of ${limits.maxCorpusBytes.toLocaleString('en')} bytes a corpus (CORPUS_MAX_BYTES); this file and the ones after it were not read`
							: 'not read: the corpus is over its size limit (see above)',
					);
				}
				const read = await readCorpusFile(dir, text.source, limits.maxFileBytes);
				if ('reason' in read) return problemOf(i, read.missing ? `file "${text.source}" not found in ${display(dir)}` : read.reason);
				const decoded = decodeTextFile(read.bytes);
				if ('reason' in decoded) return problemOf(i, decoded.reason);
				const data = describeText(text, i, decoded);
				if (data.sentences.length > MAX_SENTENCES_PER_TEXT) {
					return problemOf(
						i,
						`has ${data.sentences.length.toLocaleString('en')} sentences, more than the ${MAX_SENTENCES_PER_TEXT.toLocaleString('en')} a text may have`,
					);
				}
				return { data, body: decoded.text, filePath: join(dir, text.source) };
			}),
		),
	);
	const [read, names] = await Promise.all([readingTexts, readNamesIndex(peoplePath, display(peoplePath), limits.maxFileBytes)]);
	// In manifest order, whatever order the reads finished in, so a run's report is the same every time.
	const texts: LoadedText[] = [];
	for (const result of read) {
		if ('reason' in result) problems.push(result);
		else texts.push(result);
	}
	problems.push(...names.problems);
	if (problems.length > 0) throw new CorpusError(problems);

	const { title, description, provenance } = manifest;
	return {
		info: { title, description, provenance },
		reviews: manifest.reviews,
		texts,
		people: names.people,
	};
}

/**
 * The names index of the folder, or its problems: they join the manifest's and the
 * texts' in one listing (after them), so an author sees them
 * all in one run.
 */
async function readNamesIndex(
	path: string,
	displayPath: string,
	maxBytes: number,
): Promise<{ people: Person[]; problems: readonly CorpusProblem[] }> {
	try {
		return { people: (await readPeople(path, displayPath, maxBytes)) ?? [], problems: [] };
	} catch (error) {
		if (!(error instanceof CorpusError)) throw error;
		return { people: [], problems: error.problems };
	}
}

function describeText(text: ManifestText, order: number, file: { text: string; sha256: string; bytes: number }): TextEntry {
	const format = text.format ?? (text.kind === 'original' ? 'tokenized' : 'prose');
	return {
		...text,
		order,
		derivedFrom: text.derivedFrom ?? null,
		format,
		sha256: file.sha256,
		bytes: file.bytes,
		...segmentText(file.text, text.lang, format),
	};
}

/**
 * `text` segmented again, cut at `cuts` (offsets of glued periods, from
 * `findGluedPeriods`) as well: its sentences, their ids (which move on after each cut),
 * reading views and word count. Everything else is kept.
 */
export function resegmentText(text: LoadedText, cuts: readonly number[]): LoadedText {
	return { ...text, data: { ...text.data, ...segmentText(text.body, text.data.lang, text.data.format, cuts) } };
}

function segmentText(body: string, lang: string, format: TextFormat, cuts: readonly number[] = []) {
	const sentences = segmentSentences(body, { lang, format, cuts });
	const reading = toReadingView(
		sentences.map((sentence) => sentence.text),
		{ lang, format },
	);
	const wordCount = reading.reduce((sum, sentence) => sum + countWords(sentence, lang), 0);
	return { sentences, reading, wordCount };
}
