/**
 * Aligns the sentences of two text files from the command line:
 *
 *     npm run align -- a.txt b.txt --from en --to es [--tmx [--exact]] [--format tokenized|prose]
 *
 * Each file is segmented as the site segments a corpus text (`segmentSentences`), read
 * through the reading view, aligned with `alignSentences`, and the links are printed to
 * stdout as JSON in the shape of the site's `/data/alignments/<a>--<b>.json`, or as TMX
 * with `--tmx`, whose segments hold the reading view, or with `--exact` the sentences'
 * exact characters. Texts are named by their files' base names. Exit status: 0 when aligned,
 * 1 when an input cannot be read, 2 on a usage error.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { alignmentToTmx, alignSentences, type AlignText } from '../src/align/index.ts';
import { decodeTextFile } from '../src/corpus/decode-text-file.ts';
import { isSupportedLanguage, SUPPORTED_LANGUAGES } from '../src/corpus/languages.ts';
import { readRegularFile } from '../src/corpus/read-corpus-file.ts';
import { readLimits } from '../src/corpus/read-limits.ts';
import { createMentionMatcher } from '../src/people/find-mentions.ts';
import { readPeople } from '../src/corpus/read-people.ts';
import { toReadingView } from '../src/text/reading-view.ts';
import { segmentSentences, type TextFormat } from '../src/text/segment-sentences.ts';

const USAGE = `Usage: npm run align -- <source.txt> <target.txt> --from <lang> --to <lang> [options]

Aligns the sentences of two versions of a text (UTF-8 files) and prints the links as
JSON, { "source", "target", "links": [{ "source", "target", "confidence" }] }, or as a
TMX 1.4 document.

Options:
  --from <lang>             language of the source file, a BCP 47 tag (en, es); required
  --to <lang>               language of the target file; required
  --format <format>         how both files are written: prose (the default) or
                            tokenized (one sentence per line)
  --source-format <format>  the source file's format, when it differs
  --target-format <format>  the target file's format, when it differs
  --people <people.yaml>    a names index: names then match under any spelling
  --tmx                     print TMX 1.4 instead of JSON: one unit per link that
                            pairs sentences, each segment the sentences' reading view
                            (detokenized, recased, web residue removed)
  --exact                   with --tmx: segments hold the sentences' exact characters
  -h, --help                print this help

Exit status: 0 aligned, 1 an input could not be read, 2 usage error.`;

/** A problem with the command line: printed with the usage hint, exit status 2. */
class UsageError extends Error {}

const FORMATS: readonly TextFormat[] = ['prose', 'tokenized'];

async function main(argv: readonly string[]): Promise<string> {
	const { values, positionals } = parseCommandLine(argv);
	if (values.help) return USAGE;
	if (positionals.length !== 2) throw new UsageError(`expected two files, got ${positionals.length}`);
	const [sourceFile, targetFile] = positionals as [string, string];
	if (values.exact && !values.tmx) throw new UsageError('--exact applies to --tmx only: JSON holds no text');
	const from = language(values.from, '--from');
	const to = language(values.to, '--to');
	const format = textFormat(values.format, '--format') ?? 'prose';
	const matcher = values.people
		? createMentionMatcher((await readPeople(fromCaller(values.people), values.people)) ?? missing(values.people))
		: undefined;
	const limits = readLimits();
	const source = await readText(sourceFile, from, textFormat(values['source-format'], '--source-format') ?? format, limits.maxFileBytes);
	const target = await readText(targetFile, to, textFormat(values['target-format'], '--target-format') ?? format, limits.maxFileBytes);
	const links = alignSentences(source.reading, target.reading, matcher ? { matcher } : {});
	if (values.exact) return alignmentToTmx({ source: source.exact, target: target.exact, links }, { segments: 'exact' });
	if (values.tmx) return alignmentToTmx({ source: source.reading, target: target.reading, links });
	return JSON.stringify({ source: source.reading.id, target: target.reading.id, links }, null, 2);
}

function parseCommandLine(argv: readonly string[]) {
	try {
		return parseArgs({
			args: [...argv],
			allowPositionals: true,
			options: {
				from: { type: 'string' },
				to: { type: 'string' },
				format: { type: 'string' },
				'source-format': { type: 'string' },
				'target-format': { type: 'string' },
				people: { type: 'string' },
				tmx: { type: 'boolean' },
				exact: { type: 'boolean' },
				help: { type: 'boolean', short: 'h' },
			},
		});
	} catch (error) {
		throw new UsageError(error instanceof Error ? error.message : String(error));
	}
}

function language(tag: string | undefined, option: string): string {
	if (tag === undefined) throw new UsageError(`${option} <lang> is required`);
	let canonical: string;
	try {
		canonical = Intl.getCanonicalLocales(tag)[0]!;
	} catch {
		throw new UsageError(`${option} "${tag}" is not a BCP 47 language tag`);
	}
	// As the build does: an aligner that knew no stop words or stemmer for it would guess.
	if (!isSupportedLanguage(canonical)) {
		throw new UsageError(`${option} "${tag}" is not a supported language (supported: ${Object.keys(SUPPORTED_LANGUAGES).join(', ')})`);
	}
	return canonical;
}

function textFormat(value: string | undefined, option: string): TextFormat | undefined {
	if (value === undefined || (FORMATS as readonly string[]).includes(value)) return value as TextFormat | undefined;
	throw new UsageError(`${option} must be ${FORMATS.join(' or ')}, not "${value}"`);
}

/**
 * A file's sentences, named by the file's base name: as the aligner reads them (their
 * reading views) and as they are (their exact characters).
 */
async function readText(
	file: string,
	lang: string,
	format: TextFormat,
	maxBytes: number,
): Promise<{ reading: AlignText; exact: AlignText }> {
	const read = await readRegularFile(fromCaller(file), file, maxBytes);
	if ('reason' in read) throw new Error(`cannot read ${file}: ${read.missing ? 'no such file' : read.reason}`);
	const decoded = decodeTextFile(read.bytes);
	if ('reason' in decoded) throw new Error(`${file}: ${decoded.reason}`);
	const sentences = segmentSentences(decoded.text, { lang, format });
	const reading = toReadingView(
		sentences.map((sentence) => sentence.text),
		{ lang, format },
	);
	const id = path.basename(file, path.extname(file));
	return {
		reading: { id, lang, sentences: sentences.map((sentence, i) => ({ id: sentence.id, text: reading[i]! })) },
		exact: { id, lang, sentences: sentences.map((sentence) => ({ id: sentence.id, text: sentence.text })) },
	};
}

/**
 * A path as the caller meant it: `npm run` moves to the package's folder, and says where
 * it was called from in INIT_CWD.
 */
function fromCaller(file: string): string {
	return path.resolve(process.env['INIT_CWD'] ?? process.cwd(), file);
}

function missing(file: string): never {
	throw new Error(`cannot read ${file}: no such file`);
}

try {
	process.stdout.write(`${await main(process.argv.slice(2))}\n`);
} catch (error) {
	const message = error instanceof Error ? error.message : String(error);
	if (error instanceof UsageError) {
		console.error(`align: ${message}\nRun "npm run align -- --help" for usage.`);
		process.exitCode = 2;
	} else {
		console.error(`align: ${message}`);
		process.exitCode = 1;
	}
}
