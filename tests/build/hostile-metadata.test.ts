import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CorpusError } from '../../src/corpus/corpus-error.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { buildCorpus, projectRoot } from './build-corpus.ts';
import { activeContent, attr, elements, hasClass, listFiles, parseHtml, textContent, type HtmlNode } from './inspect-html.ts';

const fixture = join(import.meta.dirname, '../fixtures/corpora/hostile-metadata');
const BUILD_TIMEOUT = 90_000;

let build: ReturnType<typeof buildCorpus>;
const read = (path: string) => readFileSync(join(build.outDir, path), 'utf8');
const find = (html: string, test: (element: HtmlNode) => boolean) => [...elements(parseHtml(html))].filter(test);
const byTag = (html: string, tag: string) => find(html, (element) => element.tagName === tag);

beforeAll(() => {
	build = buildCorpus(fixture, {}, { timeout: BUILD_TIMEOUT });
}, BUILD_TIMEOUT + 5_000);

// Markup and script URLs in every field of corpus.yaml and people.yaml that a page shows.
describe('metadata that looks like markup or a script URL', () => {
	it('builds', () => {
		expect(build.status, build.output).toBe(0);
	});

	it('never becomes an active link, a script or an attribute, on any page', () => {
		const pages = listFiles(build.outDir).filter((file) => file.endsWith('.html'));
		for (const page of pages) {
			const html = read(page);
			expect(activeContent(html), page).toEqual([]);
			expect(html, page).not.toMatch(/(?:href|src)\s*=\s*["']?\s*(?:javascript|vbscript|data):/i);
		}
	});

	it('shows titles and notes as their characters', () => {
		const manifestTitle = '"><img src=x onerror=alert(1)> <script>alert("title")</script> & Co';
		const home = read('index.html');
		expect(textContent(byTag(home, 'h1')[0]!)).toBe(manifestTitle);
		expect(textContent(byTag(home, 'title')[0]!)).toContain(manifestTitle);
		expect(attr(find(home, (e) => e.tagName === 'meta' && attr(e, 'name') === 'description')[0]!, 'content')).toContain(
			'Links: [inline](javascript:alert(1))',
		);
		expect(textContent(find(home, (e) => hasClass(e, 'review-title'))[0]!)).toBe('</title><script>alert("review")</script>');

		const text = read('texts/r-en/index.html');
		expect(textContent(byTag(text, 'h1')[0]!)).toBe('<script>alert("text")</script> "onmouseover="alert(16)');
		expect(textContent(find(text, (e) => hasClass(e, 'text-notes'))[0]!)).toBe('javascript:alert(17) <img src=x onerror=alert(18)>');
		expect(textContent(byTag(read('texts/r-es/index.html'), 'h1')[0]!)).toBe("javascript:alert('es')");
	});

	it('keeps the text of a Markdown link to a script URL, and only safe links', () => {
		const home = read('index.html');
		const lede = find(home, (e) => hasClass(e, 'lede'))[0]!;
		const links = [...elements(lede)].filter((e) => e.tagName === 'a').map((a) => [textContent(a), attr(a, 'href')]);
		expect(links).toEqual([
			['safe link', 'https://example.org/'],
			['relative one', '/people/'],
		]);
		expect(textContent(lede).replace(/\s+/g, ' ')).toContain(
			'Links: inline, javascript:alert(2), cased, entity, image, data, spaced, vb, reference, raw html , a safe link and a relative one. Pixels: tracker relative tracker.',
		);
		expect([...elements(lede)].some((e) => e.tagName === 'img')).toBe(false);
	});

	it('shows names and descriptions of people as text, and links their mentions to their pages', () => {
		const person = read('people/javascript/index.html');
		expect(textContent(find(person, (e) => e.tagName === 'p' && hasClass(e, 'lede'))[0]!)).toBe(
			'javascript:alert(1) "><img src=x onerror=alert(2)> <script>alert(3)</script>',
		);
		expect(read('texts/r-en/index.html')).toContain('<a class="mention" href="/people/javascript/">Javascript</a> is named here');
		expect(read('texts/r-es/index.html')).toContain('<a class="mention" href="/people/javascript/">Java Script</a> y');
	});
});

// Hidden characters in metadata: the build refuses them, naming the file, the field and the character.
describe('metadata with hidden characters', () => {
	const dirs: string[] = [];
	afterAll(() => {
		for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
	});

	/** A copy of the `valid` fixture with `corpus.yaml` and `people.yaml` rewritten by `edit`. */
	function corpusWith(edit: { manifest?: (yaml: string) => string; people?: string }) {
		const dir = mkdtempSync(join(tmpdir(), 'hostile-metadata-'));
		dirs.push(dir);
		cpSync(join(projectRoot, 'tests/fixtures/corpora/valid'), dir, { recursive: true });
		const manifest = readFileSync(join(dir, 'corpus.yaml'), 'utf8');
		writeFileSync(join(dir, 'corpus.yaml'), edit.manifest ? edit.manifest(manifest) : manifest);
		if (edit.people) writeFileSync(join(dir, 'people.yaml'), edit.people);
		return dir;
	}

	async function problemsOf(dir: string) {
		const error = await loadCorpus(dir, dir).catch((thrown: unknown) => thrown);
		expect(error).toBeInstanceOf(CorpusError);
		return (error as CorpusError).problems.map(({ file, field, reason }) => `${file} › ${field}: ${reason}`);
	}

	const person = (fields: string) =>
		`people:\n  - { id: boris, name: Boris, role: character, description: Her sweetheart., spellings: [Boris], ${fields} }\n`;

	it.each([
		[
			'a bidi override in the corpus title',
			{ manifest: (y: string) => y.replace('title: Fixture corpus', 'title: "Fixture \\u202Esuproc"') },
			'corpus.yaml › title: holds U+202E RIGHT-TO-LEFT OVERRIDE at character 9',
		],
		[
			'a NUL in a text title',
			{ manifest: (y: string) => y.replace('title: Review R, English original', 'title: "Review R\\0"') },
			'corpus.yaml › texts[0].title: holds U+0000 NULL at character 9',
		],
		[
			'a raw NUL in a review title',
			{ manifest: (y: string) => y.replace('title: Review R\n', 'title: Review\0R\n') },
			'corpus.yaml › reviews[0].title: holds U+0000 NULL at character 7',
		],
		[
			'an isolate in a description',
			{ manifest: (y: string) => y.replace('description: A small corpus for tests.', 'description: "A \\u2067small\\u2069 corpus"') },
			'corpus.yaml › description: holds U+2067 RIGHT-TO-LEFT ISOLATE at character 3',
		],
		[
			'a zero-width space in notes',
			{ manifest: (y: string) => y.replace('    source: r-en.txt', '    source: r-en.txt\n    notes: "a\\u200Bb"') },
			'corpus.yaml › texts[0].notes: holds U+200B ZERO WIDTH SPACE at character 2',
		],
		[
			"an escape in a person's description",
			{ people: person('playedBy: null').replace('Her sweetheart.', '"Her\\x1Bsweetheart"').replace(', playedBy: null', '') },
			'people.yaml › people[0].description: holds U+001B ESCAPE at character 4',
		],
		[
			'a byte order mark inside a name',
			{ people: person('x: 1').replace('name: Boris', 'name: "Bo\\uFEFFris"').replace(', x: 1', '') },
			'people.yaml › people[0].name: holds U+FEFF ZERO WIDTH NO-BREAK SPACE at character 3',
		],
	])('refuses %s', async (_name, edit, problem) => {
		const problems = await problemsOf(corpusWith(edit));
		expect(problems.join('\n')).toContain(problem);
	});

	it('refuses a spelling that is a script URL: spellings are words', async () => {
		const problems = await problemsOf(
			corpusWith({ people: person('x: 1').replace('[Boris]', '[Boris, "javascript:alert(1)"]').replace(', x: 1', '') }),
		);
		expect(problems.join('\n')).toMatch(/people\.yaml › people\[0\]\.spellings\[1\]: must be words/);
	});

	it(
		'fails the build, naming the file, the field and the character',
		() => {
			const dir = corpusWith({ manifest: (y) => y.replace('title: Review R, Spanish translation', 'title: "Review R, \\u202Ehsinaps"') });
			const { status, output, outDir } = buildCorpus(dir, {}, { timeout: BUILD_TIMEOUT });
			expect(status).not.toBe(0);
			expect(output).toContain('corpus.yaml › texts[1].title: holds U+202E RIGHT-TO-LEFT OVERRIDE at character 11');
			expect(existsSync(outDir) ? listFiles(outDir).filter((file) => file.endsWith('.html')) : []).toEqual([]);
		},
		BUILD_TIMEOUT + 5_000,
	);
});
