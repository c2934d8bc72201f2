import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { create } from 'xmlbuilder2';
import { validateXML } from 'xmllint-wasm';
import { alignSentences } from '../../../src/align/align-sentences.ts';
import { toAlignText } from '../../../src/align/to-align-text.ts';
import type { AlignText } from '../../../src/align/types.ts';
import { ALIGNER_VERSION, alignmentToTmx, FORBIDDEN_CHARACTER_REPLACEMENT } from '../../../src/align/write-tmx.ts';
import { loadTruecasedCorpus } from '../../../src/truecase/load-truecased-corpus.ts';
import { createMentionMatcher } from '../../../src/people/find-mentions.ts';

const root = join(import.meta.dirname, '../../..');
// The TMX 1.4 subset the writer emits, as RELAX NG: xmllint-wasm's libxml2 has no DTD validation.
const schema = await readFile(join(root, 'tests/fixtures/tmx/tmx14-subset.rng'), 'utf8');

/** Validates with libxml2 (xmllint-wasm): well-formed, and valid against the TMX 1.4 subset schema. */
async function validate(xml: string): Promise<string[]> {
	const result = await validateXML({
		xml: [{ fileName: 'alignment.tmx', contents: xml }],
		schema: [{ fileName: 'tmx14-subset.rng', contents: schema }],
		extension: 'relaxng',
	});
	return result.valid ? [] : result.errors.map((error) => error.message);
}

/**
 * The text of each `<seg>` as libxml2 reads it back. Its canonical form (C14N) writes
 * text with exactly four escapes (`&amp;` `&lt;` `&gt;` `&#xD;`), so undoing them gives
 * the parsed characters. (xmlbuilder2's own parser decodes `&amp;#x41;` as `A`.)
 */
async function segments(xml: string): Promise<string[]> {
	const { normalized } = await validateXML({ xml: [{ fileName: 'alignment.tmx', contents: xml }], normalization: 'c14n' });
	const escapes: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&#xD;': '\r' };
	return Array.from(normalized.matchAll(/<seg>([^<]*)<\/seg>/g), ([, text]) =>
		text!.replace(/&amp;|&lt;|&gt;|&#xD;/g, (escape) => escapes[escape]!),
	);
}

function text(id: string, lang: string, sentences: readonly string[]): AlignText {
	return { id, lang, sentences: sentences.map((sentence, i) => ({ id: `s${i + 1}`, text: sentence })) };
}

describe('alignmentToTmx', async () => {
	const corpus = await loadTruecasedCorpus(join(root, 'content'), root);
	const byId = new Map(corpus.texts.map((loaded) => [loaded.data.id, toAlignText(loaded.data)]));
	const source = byId.get('b-en')!;
	const target = byId.get('b-es')!;
	const links = alignSentences(source, target, { matcher: createMentionMatcher(corpus.people) });
	const xml = alignmentToTmx({ source, target, links });

	it('writes a TMX 1.4 document that is valid against the subset schema', async () => {
		expect(await validate(xml)).toEqual([]);
		expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n')).toBe(true);
		expect(xml).toContain(
			`<header creationtool="review-corpus" creationtoolversion="${ALIGNER_VERSION}" segtype="sentence" o-tmf="review-corpus" adminlang="en" srclang="en" datatype="plaintext"/>`,
		);
	});

	it('writes one <tu> per link, one <tuv> per side with sentences, the sentences joined by a space', () => {
		const document = create(xml).node as unknown as Document;
		const units = Array.from(document.getElementsByTagName('tu'));
		expect(units).toHaveLength(links.length);
		const split = links.findIndex((link) => link.target.length === 2);
		const variants = Array.from(units[split]!.getElementsByTagName('tuv'));
		expect(variants.map((variant) => variant.getAttribute('xml:lang'))).toEqual(['en', 'es']);
		const texts = variants.map((variant) => variant.getElementsByTagName('seg')[0]!.textContent);
		expect(texts[1]).toBe(['s12', 's13'].map((id) => target.sentences.find((s) => s.id === id)!.text).join(' '));
		expect(units[split]!.getElementsByTagName('prop')[0]!.textContent).toBe(String(links[split]!.confidence));
		expect(variants[1]!.getElementsByTagName('prop')[0]!.textContent).toBe('s12 s13');
	});

	it('writes a link with an empty side as a <tu> with one <tuv>', async () => {
		const tmx = alignmentToTmx({
			source: text('a', 'en', ['One.']),
			target: text('b', 'es', ['Uno.', 'Nota.']),
			links: [
				{ source: ['s1'], target: ['s1'], confidence: 0.9 },
				{ source: [], target: ['s2'], confidence: 0 },
			],
		});
		expect(await validate(tmx)).toEqual([]);
		expect(tmx).toMatch(
			/<tu>\s*<prop type="x-confidence">0<\/prop>\s*<tuv xml:lang="es">\s*<prop type="x-sentences">s2<\/prop>\s*<seg>Nota\.<\/seg>\s*<\/tuv>\s*<\/tu>/,
		);
	});

	it('keeps markup-like text as characters', async () => {
		const hostile = ['<script>alert("x")</script> & &amp; ]]> <![CDATA[ x ]]>', 'it\'s "quoted" <b>bold</b> &lt; &nbsp; &#65;'];
		const tmx = alignmentToTmx({
			source: text('a', 'en', hostile),
			target: text('b', 'es', ['<!-- comment --> &#x41;']),
			links: [{ source: ['s1', 's2'], target: ['s1'], confidence: 1 }],
		});
		expect(await validate(tmx)).toEqual([]);
		expect(tmx).not.toContain('<script>');
		expect(await segments(tmx)).toEqual([hostile.join(' '), '<!-- comment --> &#x41;']);
	});

	it('replaces the characters XML 1.0 forbids, so that the document stays well-formed', async () => {
		const tmx = alignmentToTmx({
			source: text('a', 'en', ['nul\u0000 bell\u0007 escape\u001B lone\uD800 noncharacter\uFFFE tab\tkept']),
			target: text('b', 'es', ['ok']),
			links: [{ source: ['s1'], target: ['s1'], confidence: 1 }],
		});
		expect(await validate(tmx)).toEqual([]);
		const r = FORBIDDEN_CHARACTER_REPLACEMENT;
		expect((await segments(tmx))[0]).toBe(`nul${r} bell${r} escape${r} lone${r} noncharacter${r} tab\tkept`);
	});

	it('is checked by a schema that rejects what TMX 1.4 does not allow', async () => {
		expect(await validate(xml.replace(' srclang="en"', ''))).not.toEqual([]);
		expect(await validate(xml.replace('<tmx version="1.4">', '<tmx version="1.3">'))).not.toEqual([]);
		expect(await validate(xml.replace('<seg>', '<seg><b/>'))).not.toEqual([]);
		expect(await validate(xml.replace(/ xml:lang="es"/, ''))).not.toEqual([]);
	});

	it('refuses a link to a sentence its text does not have', () => {
		expect(() =>
			alignmentToTmx({
				source: text('a', 'en', ['One.']),
				target: text('b', 'es', ['Uno.']),
				links: [{ source: ['s1'], target: ['s9'], confidence: 1 }],
			}),
		).toThrow('the alignment links sentence "s9", which text "b" does not have');
	});
});
