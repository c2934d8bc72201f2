/**
 * Writes the gold fixtures of the text core: for each text in content/corpus.yaml,
 * `tests/fixtures/sentences/<file-base>.sentences.txt` (the sentences' exact source
 * characters, one per line) and `<file-base>.reading.txt` (the reading view, one per
 * line), both as the site publishes them: segmented, glued sentences split where the
 * review's other versions confirm it, and truecased (`src/truecase/`).
 *
 * Usage: npm run fixtures:text
 * The output is gold: read every line against the source before committing it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextFormat } from '../src/corpus/schema.ts';
import { findGluedPeriods } from '../src/text/segment-sentences.ts';
import { loadTruecasedCorpus } from '../src/truecase/load-truecased-corpus.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CONTENT_DIR = path.join(root, 'content');
export const FIXTURE_DIR = path.join(root, 'tests', 'fixtures', 'sentences');

/** One corpus text as the fixtures need it. */
export interface Seed {
	/** File name without `.txt`, e.g. `000_cf594f5761e41931`. */
	base: string;
	source: string;
	lang: string;
	format: TextFormat;
	/** The glued periods where the published text is cut (`segmentSentences`'s `cuts`). */
	cuts: number[];
	/** The published sentences' exact characters. */
	sentences: string[];
	/** The published reading view of each sentence. */
	reading: string[];
}

/** The manifest's texts with their decoded sources (BOM kept, as the site reads them), as published. */
export async function readSeeds(): Promise<Seed[]> {
	const corpus = await loadTruecasedCorpus(CONTENT_DIR, root);
	return corpus.texts
		.map(({ data, body }) => ({
			base: path.basename(data.source, '.txt'),
			source: body,
			lang: data.lang,
			format: data.format,
			cuts: findGluedPeriods(body).filter((cut) => data.sentences.some((sentence) => sentence.end === cut)),
			sentences: data.sentences.map((sentence) => sentence.text),
			reading: data.reading,
		}))
		.sort((a, b) => (a.base < b.base ? -1 : 1));
}

function toLines(lines: readonly string[]): string {
	return lines.map((line) => `${line}\n`).join('');
}

async function main(): Promise<void> {
	mkdirSync(FIXTURE_DIR, { recursive: true });
	for (const seed of await readSeeds()) {
		writeFileSync(path.join(FIXTURE_DIR, `${seed.base}.sentences.txt`), toLines(seed.sentences));
		writeFileSync(path.join(FIXTURE_DIR, `${seed.base}.reading.txt`), toLines(seed.reading));
		console.log(`${seed.base}: ${seed.sentences.length} sentences (${seed.lang}, ${seed.format})`);
	}
}

// Run only as a script: the unit tests import readSeeds() from this file.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
