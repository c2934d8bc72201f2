import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLinks } from '../../src/align/gold-links.ts';

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

	it('prints TMX with --tmx', () => {
		const { code, out } = align(A_EN, A_ES, '--from', 'en', '--to', 'es', '--format', 'prose', '--source-format', 'tokenized', '--tmx');
		expect(code).toBe(0);
		expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">')).toBe(true);
		expect(out).toContain('srclang="en"');
		expect(out.match(/<tu>/g)).toHaveLength(12);
		expect(out).toContain('<tuv xml:lang="es">');
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
