import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { create } from 'xmlbuilder2';
import { alignSentences } from '../../../src/align/align-sentences.ts';
import { toAlignText } from '../../../src/align/to-align-text.ts';
import type { AlignText } from '../../../src/align/types.ts';
import { ALIGNER_VERSION, alignmentToTmx, FORBIDDEN_CHARACTER_REPLACEMENT, SEGMENT_NOTES } from '../../../src/align/write-tmx.ts';
import { loadTruecasedCorpus } from '../../../src/truecase/load-truecased-corpus.ts';
import { createMentionMatcher } from '../../../src/people/find-mentions.ts';
import { readTmxWithToolkit, validateTmx } from '../../../scripts/lib/tmx-consumers.ts';

const root = join(import.meta.dirname, '../../..');

/** The text of each `<seg>`, as translate-toolkit reads it back: source and target of each unit. */
function segments(xml: string): string[] {
	return readTmxWithToolkit(xml).units.flatMap((unit) => [unit.source, unit.target ?? '']);
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

	it('writes a TMX 1.4 document valid against the official DTD, which translate-toolkit reads', () => {
		expect(validateTmx(xml)).toEqual([]);
		expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n')).toBe(true);
		expect(xml).toContain(
			`<header creationtool="review-corpus" creationtoolversion="${ALIGNER_VERSION}" segtype="sentence" o-tmf="review-corpus" adminlang="en" srclang="en" datatype="plaintext">`,
		);
		const reading = readTmxWithToolkit(xml);
		expect(reading.sourceLanguage).toBe('en');
		expect(reading.units[0]).toEqual({ source: source.sentences[0]!.text, target: target.sentences[0]!.text });
	});

	it('says in its header that each <seg> holds the reading view, or with `segments: exact` the exact characters', () => {
		const header = (tmx: string) => {
			const document = create(tmx).node as unknown as Document;
			const element = document.getElementsByTagName('header')[0]!;
			return [element.getElementsByTagName('note')[0]!.textContent, element.getElementsByTagName('prop')[0]!.textContent];
		};
		expect(header(xml)).toEqual([SEGMENT_NOTES['reading-view'], 'reading-view']);
		expect(SEGMENT_NOTES['reading-view']).toContain('reading view');
		const exact = alignmentToTmx({ source, target, links }, { segments: 'exact' });
		expect(header(exact)).toEqual([SEGMENT_NOTES.exact, 'exact']);
		expect(validateTmx(exact)).toEqual([]);
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

	it('leaves out a link with an empty side: every unit has a variant in the source language', () => {
		const tmx = alignmentToTmx({
			source: text('a', 'en', ['One.', 'Aside.']),
			target: text('b', 'es', ['Nota.', 'Uno.']),
			links: [
				{ source: [], target: ['s1'], confidence: 0 },
				{ source: ['s1'], target: ['s2'], confidence: 0.9 },
				{ source: ['s2'], target: [], confidence: 0 },
			],
		});
		expect(validateTmx(tmx)).toEqual([]);
		expect(tmx.match(/<tu>/g)).toHaveLength(1);
		expect(tmx).not.toContain('Nota.');
		expect(tmx).not.toContain('Aside.');
		expect(readTmxWithToolkit(tmx).units).toEqual([{ source: 'One.', target: 'Uno.' }]);
	});

	it('keeps markup-like text as characters', () => {
		const hostile = ['<script>alert("x")</script> & &amp; ]]> <![CDATA[ x ]]>', 'it\'s "quoted" <b>bold</b> &lt; &nbsp; &#65;'];
		const tmx = alignmentToTmx({
			source: text('a', 'en', hostile),
			target: text('b', 'es', ['<!-- comment --> &#x41;']),
			links: [{ source: ['s1', 's2'], target: ['s1'], confidence: 1 }],
		});
		expect(validateTmx(tmx)).toEqual([]);
		expect(tmx).not.toContain('<script>');
		expect(segments(tmx)).toEqual([hostile.join(' '), '<!-- comment --> &#x41;']);
	});

	it('replaces the characters XML 1.0 forbids, so that the document stays well-formed', () => {
		const tmx = alignmentToTmx({
			source: text('a', 'en', ['nul\u0000 bell\u0007 escape\u001B lone\uD800 noncharacter\uFFFE tab\tkept']),
			target: text('b', 'es', ['ok']),
			links: [{ source: ['s1'], target: ['s1'], confidence: 1 }],
		});
		expect(validateTmx(tmx)).toEqual([]);
		const r = FORBIDDEN_CHARACTER_REPLACEMENT;
		expect(segments(tmx)[0]).toBe(`nul${r} bell${r} escape${r} lone${r} noncharacter${r} tab\tkept`);
	});

	it('is checked against a DTD that rejects what TMX 1.4 does not allow', () => {
		expect(validateTmx(xml.replace(' srclang="en"', ''))).not.toEqual([]);
		expect(validateTmx(xml.replace('<tmx version="1.4">', '<tmx version="1.3">'))).not.toEqual([]);
		expect(validateTmx(xml.replace('<seg>', '<seg><b/>'))).not.toEqual([]);
		expect(validateTmx(xml.replace(/ xml:lang="es"/, ''))).not.toEqual([]);
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
