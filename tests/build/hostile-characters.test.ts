import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTruecasedCorpus } from '../../src/truecase/load-truecased-corpus.ts';
import { surfaceOf, wordsOf } from '../../src/search/analyze.ts';
import { buildCorpus, projectRoot } from './build-corpus.ts';
import { CHARACTER_TEXTS, STALIN, writeCorpus } from './hostile-corpora.ts';
import { activeContent, HIDDEN, listFiles, pagesWithHiddenCharacters, recoverCharacters, sentencesOf } from './inspect-html.ts';
import { readIndexedSentences, readIndexedWords } from './inspect-search-index.ts';

// Every character a page could hold without a reader seeing it (tab aside, which shows as space).
const INVISIBLE = /(?![\t\n\r])[\p{Cc}\p{Default_Ignorable_Code_Point}\p{Noncharacter_Code_Point}]/u;
const BUILD_TIMEOUT = 90_000;

let corpusDir: string;
let build: ReturnType<typeof buildCorpus>;
const read = (path: string) => readFileSync(join(build.outDir, path), 'utf8');
const sentencesJson = (id: string): { id: string; text: string }[] => JSON.parse(read(`data/texts/${id}.json`)).sentences;

beforeAll(() => {
	corpusDir = writeCorpus('characters', CHARACTER_TEXTS, STALIN);
	build = buildCorpus(corpusDir, {}, { timeout: BUILD_TIMEOUT });
}, BUILD_TIMEOUT + 5_000);

// A corpus whose texts hold a BOM, CRLF, NUL and other controls, bidi overrides and
// isolates, zero-width characters, noncharacters and markup: it builds, nothing of it is
// active, and no character is lost (raw file, JSON) or hidden (source view).
describe('texts with hostile characters', () => {
	it('build, in bounded time', () => {
		expect(build.status, build.output).toBe(0);
	});

	it('publish every file byte for byte, BOM and CRLF included', () => {
		const corpus = JSON.parse(read('data/corpus.json'));
		for (const text of CHARACTER_TEXTS) {
			const raw = readFileSync(join(build.outDir, `texts/${text.id}.txt`));
			expect(raw.equals(Buffer.from(text.content as string, 'utf8')), text.id).toBe(true);
			const sha256 = createHash('sha256').update(raw).digest('hex');
			expect(corpus.texts.find((entry: { id: string }) => entry.id === text.id).sha256).toBe(sha256);
		}
	});

	it('keep every character in the sentence data: exact slices, in order, none lost', () => {
		for (const text of CHARACTER_TEXTS) {
			const content = text.content as string;
			const sentences = sentencesJson(text.id);
			let from = 0;
			for (const { text: sentence } of sentences) {
				const at = content.indexOf(sentence, from);
				expect(at, `${text.id}: ${JSON.stringify(sentence)}`).toBeGreaterThanOrEqual(0);
				// Only whitespace (line ends, the BOM) lies between sentences.
				expect(content.slice(from, at)).toMatch(/^\s*$/);
				expect(content.slice(Math.max(from, 1), at)).not.toContain('\uFEFF');
				from = at + sentence.length;
			}
			expect(content.slice(from)).toMatch(/^\s*$/);
		}
		expect(sentencesJson('c-es').map((s) => s.text)).toEqual([
			'Un NUL\0 en medio.',
			'\0Otro al principio.',
			'Campana\x07, escape\x1b[31m rojo, borrar\x7f, NEL\x85 y tabulación\x0bvertical.',
			'\0',
			'No-caracteres \uFFFF y \uFFFE al final.',
		]);
		expect(sentencesJson('c-rewrite')[0]!.text).toBe('The price is \u202E1 rof 001$ only.');
		expect(sentencesJson('c-en').map((s) => s.text)).toEqual([
			'the first line follows a byte order mark .',
			// A U+FEFF at the start or end of a line mid-file is a character of its sentence.
			'\uFEFFthe second ends in crlf , and stalin is in it .',
			'a blank crlf line came before this one .\uFEFF',
		]);
	});

	it('show every character in the source view, invisible ones as named stand-ins', () => {
		for (const text of CHARACTER_TEXTS) {
			const shown = sentencesOf(read(`texts/${text.id}/source/index.html`));
			const data = sentencesJson(text.id);
			expect(shown.map((s) => s.id)).toEqual(data.map((s) => s.id));
			shown.forEach((sentence, i) => {
				expect(recoverCharacters(sentence.text), `${text.id} ${sentence.id}`).toBe(data[i]!.text);
				expect(sentence.shown, `${text.id} ${sentence.id}`).not.toMatch(INVISIBLE);
			});
		}
		const controls = read('texts/c-es/source/index.html');
		expect(sentencesOf(controls).map((s) => s.shown)).toEqual([
			'Un NUL␀ en medio.',
			'␀Otro al principio.',
			'Campana␇, escape␛[31m rojo, borrar␡, NELNEL y tabulación␋vertical.',
			'␀',
			'No-caracteres U+FFFF y U+FFFE al final.',
		]);
		expect(controls).toContain('<abbr class="invisible-char" title="U+0000 NULL">␀</abbr>');
		const bidi = read('texts/c-rewrite/source/index.html');
		expect(sentencesOf(bidi)[0]!.shown).toBe('The price is RLO1 rof 001$ only.');
		expect(bidi).toContain('<abbr class="invisible-char" title="U+202E RIGHT-TO-LEFT OVERRIDE">RLO</abbr>');
		const zeroWidth = sentencesOf(read('texts/z-en/source/index.html')).map((s) => s.shown);
		expect(zeroWidth).toEqual([
			'staZWSPlin has a zero width space in his name .',
			'family 👨ZWJ👩ZWJ👧 , nonZWNJjoiner , wordWJjoiner .',
			'a bom ZWNBSP mid text and a softSHYhyphen .',
			'variation ❤VS16 selector and a tag U+E0041 .',
		]);
	});

	it('read without hidden characters: no override reorders, no zero-width space splits a name', () => {
		const reading = (id: string) => sentencesOf(read(`texts/${id}/index.html`)).map((s) => s.shown);
		expect(reading('c-rewrite')).toEqual([
			'The price is 1 rof 001$ only.',
			'An embedding starts here and ends.',
			'An isolate right and one never closed.',
			'Marks \u200E\u200F\u061C here.',
			'An override never closed at the end.',
		]);
		expect(reading('c-es')).toEqual([
			'Un NUL en medio.',
			'Otro al principio.',
			'Campana, escape[31m rojo, borrar, NEL y tabulación vertical.',
			'',
			'No-caracteres y al final.',
		]);
		// The name is found on the real characters in both views, and counted once on its page.
		expect(read('texts/z-en/index.html')).toContain('<a class="mention" href="/people/joseph-stalin/">Stalin</a> has a zero width space');
		expect(read('texts/z-en/source/index.html')).toContain(
			'<a class="mention" href="/people/joseph-stalin/">sta<abbr class="invisible-char" title="U+200B ZERO WIDTH SPACE">ZWSP</abbr>lin</a>',
		);
		const people = JSON.parse(read('data/people.json')).people;
		expect(people[0].mentions).toBe(2);
	});

	it('show markup as its characters', () => {
		const shown = sentencesOf(read('texts/z-es/source/index.html')).map((s) => s.shown);
		expect(shown).toEqual(sentencesJson('z-es').map((s) => s.text));
		expect(shown[0]).toBe('A <script>alert("x")</script> tag is only text here.');
	});

	it('leave no page with a hidden character, and nothing active on any page', () => {
		expect(pagesWithHiddenCharacters(build.outDir)).toEqual([]);
		const pages = listFiles(build.outDir).filter((file) => file.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(15);
		for (const page of pages) expect(activeContent(read(page)), page).toEqual([]);
		for (const tmx of listFiles(build.outDir).filter((file) => file.endsWith('.tmx'))) {
			expect(read(tmx), tmx).not.toMatch(HIDDEN);
		}
	});

	it('carry each sentence into the search index exactly as the reading page shows it', async () => {
		const corpus = await loadTruecasedCorpus(corpusDir, projectRoot);
		const indexed = readIndexedSentences(build.outDir);
		let sentences = 0;
		for (const text of corpus.texts) {
			text.data.sentences.forEach((sentence, i) => {
				const reading = text.data.reading[i]!;
				sentences++;
				expect(indexed.get(`${text.data.id} ${sentence.id}`), `${text.data.id} ${sentence.id}`).toBe(reading);
			});
		}
		expect(indexed.size).toBe(sentences);
		// Text that looks like another tool's private markers is only text here.
		expect(indexed.get('z-es s4')).toBe('Pagefind markers ___PAGEFIND_WEIGHT___2 and ___PAGEFIND_ANCHOR___h1:x are only text.');
		// Each word is indexed at its place among the sentence's words, the marked words of an excerpt.
		const words = readIndexedWords(build.outDir, 'es');
		const place = wordsOf(indexed.get('z-es s4')!).map(surfaceOf).indexOf('markers');
		expect(words.get('markers')?.some((occurrence) => occurrence.positions.includes(place))).toBe(true);
	});
});
