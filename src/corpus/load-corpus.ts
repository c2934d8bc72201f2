import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { countWords } from '../text/count-words.ts';
import { toReadingView } from '../text/reading-view.ts';
import { segmentSentences } from '../text/segment-sentences.ts';
import { checkManifestLinks } from './check-manifest-links.ts';
import { CorpusError, type CorpusProblem } from './corpus-error.ts';
import { decodeTextFile } from './decode-text-file.ts';
import { MANIFEST_FILE, readManifest } from './read-manifest.ts';
import type { CorpusInfo, ManifestText, Review, TextEntry } from './schema.ts';

/** A corpus folder, read, validated and segmented. */
export interface Corpus {
	info: CorpusInfo;
	reviews: Review[];
	/** Texts in manifest order. */
	texts: LoadedText[];
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
 * Reads a corpus folder (a `corpus.yaml` manifest and the text files it names),
 * validates all of it and segments every text. Pure of Astro, so it is tested and
 * reused (scripts, benchmarks) on its own.
 * @param dir The corpus folder.
 * @param root Folder that file names in error messages are relative to.
 * @throws {CorpusError} listing every problem found, each with file, field and reason.
 */
export async function loadCorpus(dir: string, root = process.cwd()): Promise<Corpus> {
	const display = (path: string) => relative(root, path) || path;
	const manifestPath = join(dir, MANIFEST_FILE);
	const manifest = await readManifest(manifestPath, display(manifestPath));

	const problems: CorpusProblem[] = checkManifestLinks(manifest, display(manifestPath));
	const texts = await Promise.all(
		manifest.texts.map(async (text, i) => {
			const filePath = join(dir, text.source);
			const problem = (reason: string) =>
				problems.push({ file: display(filePath), field: `texts[${i}].source`, reason });
			let bytes: Uint8Array;
			try {
				bytes = await readFile(filePath);
			} catch {
				return problem(`file "${text.source}" not found in ${display(dir)}`);
			}
			const decoded = decodeTextFile(bytes);
			if ('reason' in decoded) return problem(decoded.reason);
			return { data: describeText(text, decoded), body: decoded.text, filePath };
		}),
	);
	if (problems.length > 0) throw new CorpusError(problems);

	const { title, description, provenance } = manifest;
	return {
		info: { title, description, provenance },
		reviews: manifest.reviews,
		texts: texts.filter((text): text is LoadedText => text !== undefined),
	};
}

function describeText(text: ManifestText, file: { text: string; sha256: string; bytes: number }): TextEntry {
	const format = text.format ?? (text.kind === 'original' ? 'tokenized' : 'prose');
	const options = { lang: text.lang, format };
	const sentences = segmentSentences(file.text, options);
	const reading = toReadingView(
		sentences.map((sentence) => sentence.text),
		options,
	);
	const wordCount = reading.reduce((sum, sentence) => sum + countWords(sentence, text.lang), 0);
	return {
		...text,
		derivedFrom: text.derivedFrom ?? null,
		format,
		sha256: file.sha256,
		bytes: file.bytes,
		sentences,
		reading,
		wordCount,
	};
}
