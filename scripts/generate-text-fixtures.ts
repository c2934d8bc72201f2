/**
 * Writes the gold fixtures of the text core: for each text in content/corpus.yaml,
 * `tests/fixtures/sentences/<file-base>.sentences.txt` (the sentences' exact source
 * characters, one per line) and `<file-base>.reading.txt` (the reading view, one per line).
 *
 * Usage: npx node scripts/generate-text-fixtures.ts
 * The output is gold: read every line against the source before committing it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { toReadingView } from '../src/text/reading-view.ts';
import { segmentSentences, type TextFormat } from '../src/text/segment-sentences.ts';

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
}

interface ManifestText {
	source: string;
	lang: string;
	kind: string;
	format?: TextFormat;
}

/** The manifest's texts with their decoded sources (BOM kept, as the site reads them). */
export function readSeeds(): Seed[] {
	const manifest = parse(readFileSync(path.join(CONTENT_DIR, 'corpus.yaml'), 'utf8')) as { texts: ManifestText[] };
	return manifest.texts
		.map((text) => ({
			base: path.basename(text.source, '.txt'),
			source: readFileSync(path.join(CONTENT_DIR, text.source), 'utf8'),
			lang: text.lang,
			format: text.format ?? (text.kind === 'original' ? 'tokenized' : 'prose'),
		}))
		.sort((a, b) => (a.base < b.base ? -1 : 1));
}

/** The two fixture files' contents for one seed. */
export function fixturesFor(seed: Seed): { sentences: string; reading: string } {
	const options = { lang: seed.lang, format: seed.format };
	const sentences = segmentSentences(seed.source, options).map((sentence) => sentence.text);
	return { sentences: toLines(sentences), reading: toLines(toReadingView(sentences, options)) };
}

function toLines(lines: readonly string[]): string {
	return lines.map((line) => `${line}\n`).join('');
}

function main(): void {
	mkdirSync(FIXTURE_DIR, { recursive: true });
	for (const seed of readSeeds()) {
		const { sentences, reading } = fixturesFor(seed);
		writeFileSync(path.join(FIXTURE_DIR, `${seed.base}.sentences.txt`), sentences);
		writeFileSync(path.join(FIXTURE_DIR, `${seed.base}.reading.txt`), reading);
		console.log(`${seed.base}: ${sentences.split('\n').length - 1} sentences (${seed.lang}, ${seed.format})`);
	}
}

// Run only as a script: the unit tests import readSeeds() from this file.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
