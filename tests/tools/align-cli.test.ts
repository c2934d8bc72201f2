import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseLinks } from '../../src/align/gold-links.ts';
import { segmentSentences } from '../../src/text/segment-sentences.ts';
import { readTmxWithToolkit, validateTmx } from '../../scripts/lib/tmx-consumers.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const A_EN = 'content/000_cf594f5761e41931.txt';
const A_ES = 'content/003_8df367a205094866.txt';

/** Runs `scripts/align.ts` the way `npm run align --` does from the repository's root, with the same Node as the tests. */
function align(...args: string[]) {
	const env = { ...process.env, INIT_CWD: ROOT };
	const result = spawnSync(process.execPath, ['scripts/align.ts', ...args], { cwd: ROOT, encoding: 'utf8', env });
	return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('scripts/align.ts', () => {
	it('aligns two seed files and prints the links as JSON, named by the files', () => {
		const { code, out, err } = align(
			A_EN,
			A_ES,
			'--from',
			'en',
			'--to',
			'es',
			'--source-format',
			'tokenized',
			'--people',
			'content/people.yaml',
		);
		expect(err).toBe('');
		expect(code).toBe(0);
		const result = JSON.parse(out) as {
			source: string;
			target: string;
			links: { source: string[]; target: string[]; confidence: number }[];
		};
		expect(Object.keys(result)).toEqual(['source', 'target', 'links']);
		expect(result.source).toBe('000_cf594f5761e41931');
		expect(result.target).toBe('003_8df367a205094866');
		const gold = parseLinks(readFileSync(path.join(ROOT, 'tests/fixtures/alignments/a-en--a-es.gold.txt'), 'utf8'));
		expect(result.links.map(({ source, target }) => ({ source, target }))).toEqual(gold);
		for (const link of result.links) expect(Object.keys(link)).toEqual(['source', 'target', 'confidence']);
		for (const link of result.links) expect(link.confidence).toBeGreaterThan(0.3);
	});

	it('prints TMX with --tmx, valid against the TMX 1.4b DTD and read by translate-toolkit, segments in the reading view', () => {
		const { code, out } = align(A_EN, A_ES, '--from', 'en', '--to', 'es', '--format', 'prose', '--source-format', 'tokenized', '--tmx');
		expect(code).toBe(0);
		expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">')).toBe(true);
		expect(out).toContain('srclang="en"');
		expect(out.match(/<tu>/g)).toHaveLength(12);
		expect(out).toContain('<prop type="x-segment-content">reading-view</prop>');
		expect(validateTmx(out)).toEqual([]);
		const reading = readTmxWithToolkit(out);
		expect(reading.sourceLanguage).toBe('en');
		// The tokenized original reads as prose: "stalin's head", not "stalin 's head".
		const english = reading.units.map((unit) => unit.source).join(' ');
		expect(english).toContain("once stalin's head of film production.");
		expect(english).not.toContain("stalin 's");
	});

	it('prints the sentences’ exact characters with --tmx --exact', () => {
		const { code, out } = align(A_EN, A_ES, '--from', 'en', '--to', 'es', '--source-format', 'tokenized', '--tmx', '--exact');
		expect(code).toBe(0);
		expect(out).toContain('<prop type="x-segment-content">exact</prop>');
		expect(validateTmx(out)).toEqual([]);
		const exact = (file: string, format: 'tokenized' | 'prose', lang: string) =>
			segmentSentences(readFileSync(path.join(ROOT, file), 'utf8'), { lang, format }).map((sentence) => sentence.text);
		const units = readTmxWithToolkit(out).units;
		expect(units.map((unit) => unit.source)).toEqual(exact(A_EN, 'tokenized', 'en'));
		expect(units.map((unit) => unit.target).join(' ')).toBe(exact(A_ES, 'prose', 'es').join(' '));
	});

	it('leaves a sentence without counterpart out of the TMX, and keeps it in the JSON as a one-sided link', () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'align-cli-'));
		afterAll(() => rmSync(dir, { recursive: true, force: true }));
		const english = readFileSync(path.join(ROOT, A_EN), 'utf8').split('\n');
		// The English without its 5th line: the Spanish sentence translating it has no counterpart.
		writeFileSync(path.join(dir, 'a-en.txt'), english.filter((_, i) => i !== 4).join('\n'));
		const file = path.join(dir, 'a-en.txt');
		const json = JSON.parse(align(file, A_ES, '--from', 'en', '--to', 'es', '--source-format', 'tokenized').out) as {
			links: { source: string[]; target: string[] }[];
		};
		const oneSided = json.links.filter((link) => link.source.length === 0 || link.target.length === 0);
		expect(oneSided).toEqual([{ source: [], target: ['s7'], confidence: 0 }]);
		const { code, out } = align(file, A_ES, '--from', 'en', '--to', 'es', '--source-format', 'tokenized', '--tmx');
		expect(code).toBe(0);
		expect(validateTmx(out)).toEqual([]);
		expect(out.match(/<tu>/g)).toHaveLength(json.links.length - 1);
		for (const unit of readTmxWithToolkit(out).units) expect(unit.target).toBeTruthy();
	});

	it('keeps hostile text as characters in TMX', () => {
		const { code, out } = align(
			'tests/fixtures/corpora/hostile/r-en.txt',
			'tests/fixtures/corpora/hostile/r-es.txt',
			'--from',
			'en',
			'--to',
			'es',
			'--tmx',
		);
		expect(code).toBe(0);
		expect(out).toContain('&lt;script&gt;alert(“x”)&lt;/script&gt;');
		expect(out).toContain('&amp;amp; and &amp;lt;b&amp;gt;');
		expect(out).not.toContain('<script>');
		expect(validateTmx(out)).toEqual([]);
	});

	it('reads paths from where npm was run, not from the package folder', () => {
		const result = spawnSync(
			process.execPath,
			['scripts/align.ts', '000_cf594f5761e41931.txt', '003_8df367a205094866.txt', '--from', 'en', '--to', 'es'],
			{
				cwd: ROOT,
				encoding: 'utf8',
				env: { ...process.env, INIT_CWD: path.join(ROOT, 'content') },
			},
		);
		expect(result.stderr).toBe('');
		expect(JSON.parse(result.stdout)).toMatchObject({ source: '000_cf594f5761e41931', target: '003_8df367a205094866' });
	});

	it('prints its usage with --help', () => {
		const { code, out } = align('--help');
		expect(code).toBe(0);
		expect(out).toContain('Usage: npm run align -- <source.txt> <target.txt> --from <lang> --to <lang>');
	});

	it.each([
		[[A_EN, '--from', 'en', '--to', 'es'], 'align: expected two files, got 1'],
		[[A_EN, A_ES, '--to', 'es'], 'align: --from <lang> is required'],
		[[A_EN, A_ES, '--from', 'en', '--to', 'not a tag'], 'align: --to "not a tag" is not a BCP 47 language tag'],
		[[A_EN, A_ES, '--from', 'en', '--to', 'es', '--format', 'markdown'], 'align: --format must be prose or tokenized, not "markdown"'],
		[[A_EN, A_ES, '--from', 'en', '--to', 'es', '--colour'], "align: Unknown option '--colour'"],
		[[A_EN, A_ES, '--from', 'en', '--to', 'xx'], 'align: --to "xx" is not a supported language (supported: en, es)'],
		[[A_EN, A_ES, '--from', 'en', '--to', 'es', '--exact'], 'align: --exact applies to --tmx only: JSON holds no text'],
	])('exits 2 with a usage error for %j', (args, message) => {
		const { code, out, err } = align(...args);
		expect(err).toContain(message);
		expect(err).toContain('Run "npm run align -- --help" for usage.');
		expect(out).toBe('');
		expect(code).toBe(2);
	});

	it.each([
		[['missing.txt', A_ES], 'align: cannot read missing.txt: no such file'],
		[['/dev/zero', A_ES], 'align: cannot read /dev/zero: "/dev/zero" is a device, not a regular file'],
		[
			['tests/fixtures/corpora/invalid-utf8/r-es.txt', A_ES],
			'align: tests/fixtures/corpora/invalid-utf8/r-es.txt: not valid UTF-8 (first invalid byte at offset 29)',
		],
		[[A_EN, A_ES, '--people', 'no-such-people.yaml'], 'align: cannot read no-such-people.yaml: no such file'],
	])('exits 1 when an input cannot be read: %j', (files, message) => {
		const { code, out, err } = align(...files, '--from', 'en', '--to', 'es');
		expect(err).toContain(message);
		expect(out).toBe('');
		expect(code).toBe(1);
	});
});
