/**
 * An alignment as a TMX 1.4 translation memory (Translation Memory eXchange, LISA OSCAR,
 * version 1.4b: https://www.gala-global.org/tmx-14b), the format translation tools
 * import: one `<tu>` (translation unit) per two-sided link, holding a `<tuv>` per side,
 * whose `<seg>` is that side's sentences joined by a space.
 *
 * A link with an empty side (1:0, 0:1) is left out: a unit needs a variant in the
 * header's `srclang` (TMX 1.4b §3.1; Maxprograms' TMXValidator rejects a unit without
 * one), and a unit with only a target would be read by translate-toolkit as a source
 * with no translation. Translation memories pair segments; a sentence with no
 * counterpart has nothing to pair, and the JSON alignment still lists it.
 *
 * What a `<seg>` holds is said in the header (a `<note>` for people, the property
 * `x-segment-content` for programs): by default the sentences' reading view (detokenized,
 * recased, web residue removed), which is what the site shows and the aligner compares;
 * with `segments: 'exact'`, the sentences' exact characters, as the caller passes them.
 *
 * The document is built with xmlbuilder2, a real serializer: text is escaped by it
 * (`<script>`, `&amp;`, `]]>` stay characters, see `literal`), never concatenated into
 * markup.
 */
import { create } from 'xmlbuilder2';
import type { AlignText, AlignmentLink } from './types.ts';

/** What `alignmentToTmx` writes: two texts and the links between them. */
export interface TmxAlignment {
	source: AlignText;
	target: AlignText;
	links: readonly AlignmentLink[];
}

export interface TmxOptions {
	/** The header's `creationtoolversion`. Defaults to `ALIGNER_VERSION`. */
	creationToolVersion?: string;
	/**
	 * What the texts' sentences hold, and so each `<seg>`: `reading-view` (the default)
	 * or `exact`, the sentences' own characters. Only the header says it: the caller
	 * passes texts of that kind.
	 */
	segments?: SegmentContent;
}

/** What a `<seg>` holds. */
export type SegmentContent = 'reading-view' | 'exact';

/** The version of the aligner, written into every TMX it makes. Raise it when alignments change. */
export const ALIGNER_VERSION = '2.1';

/** The header's note on what a `<seg>` holds, by content. */
export const SEGMENT_NOTES: Readonly<Record<SegmentContent, string>> = {
	'reading-view':
		'Each seg holds the reading view of its sentences, joined by a space: detokenized, recased and without web residue, as the site shows them, not their exact characters. The exact characters of the sentences that the x-sentences property names are in the sentence data of each text.',
	exact:
		'Each seg holds the exact characters of its sentences, joined by a space, except characters XML 1.0 forbids, each written as U+FFFD.',
};

/**
 * Characters XML 1.0 forbids (§2.2 Char: C0 controls other than tab, line feed and
 * carriage return; lone surrogates; U+FFFE and U+FFFF) cannot be written in any form,
 * not even as character references. Each is written as U+FFFD REPLACEMENT CHARACTER:
 * the unit is kept, well-formed, and shows where a character was lost. Dropping the
 * unit would lose a whole sentence pair over one stray byte of the source.
 */
export const FORBIDDEN_CHARACTER_REPLACEMENT = '\uFFFD';

/**
 * The alignment as a TMX 1.4 document (UTF-8, indented), its two-sided links only. Each `<tu>` carries the link's
 * confidence as `<prop type="x-confidence">`, and each `<tuv>` its sentence ids as
 * `<prop type="x-sentences">`, so a unit can be traced back to the texts.
 * @throws {Error} when a link names a sentence that its text does not have.
 */
export function alignmentToTmx({ source, target, links }: TmxAlignment, options: TmxOptions = {}): string {
	const sourceText = sentenceTexts(source);
	const targetText = sentenceTexts(target);
	const tmx = create({ version: '1.0', encoding: 'UTF-8', invalidCharReplacement: FORBIDDEN_CHARACTER_REPLACEMENT }).ele('tmx', {
		version: '1.4',
	});
	const segments = options.segments ?? 'reading-view';
	const header = tmx.ele('header', {
		creationtool: 'review-corpus',
		creationtoolversion: options.creationToolVersion ?? ALIGNER_VERSION,
		segtype: 'sentence',
		'o-tmf': 'review-corpus',
		adminlang: 'en',
		srclang: source.lang,
		datatype: 'plaintext',
	});
	header.ele('note').txt(SEGMENT_NOTES[segments]);
	header.ele('prop', { type: 'x-segment-content' }).txt(segments);
	const body = tmx.ele('body');
	for (const link of links) {
		if (link.source.length === 0 || link.target.length === 0) continue;
		const unit = body.ele('tu');
		unit.ele('prop', { type: 'x-confidence' }).txt(String(link.confidence));
		for (const [ids, text, texts] of [
			[link.source, source, sourceText],
			[link.target, target, targetText],
		] as const) {
			const variant = unit.ele('tuv', { 'xml:lang': text.lang });
			variant.ele('prop', { type: 'x-sentences' }).txt(literal(ids.join(' ')));
			variant.ele('seg').txt(literal(ids.map((id) => sentenceText(texts, id, text.id)).join(' ')));
		}
	}
	return tmx.end({ prettyPrint: true });
}

/**
 * xmlbuilder2 4 writes an `&` that begins something shaped like an entity or character
 * reference (`&amp;`, `&nbsp;`, `&#65;`) as it is, taking it for markup already escaped:
 * such text would read back changed (`&amp;` as `&`) or make the document ill-formed
 * (`&nbsp;` is no XML entity). See oozcitak/xmlbuilder2 issues #105, #110 and #117.
 * Where the serializer does so (tried once, on a probe), every `&` of a text is handed
 * to it as `&amp;`, which it then writes as is: the document has `&amp;` for each `&`
 * of the text, as XML requires, and a parser reads back the text unchanged.
 */
function literal(text: string): string {
	return SERIALIZER_KEEPS_REFERENCES ? text.replaceAll('&', '&amp;') : text;
}

const SERIALIZER_KEEPS_REFERENCES = create().ele('p').txt('&amp;').end({ headless: true }) === '<p>&amp;</p>';

function sentenceTexts(text: AlignText): ReadonlyMap<string, string> {
	return new Map(text.sentences.map((sentence) => [sentence.id, sentence.text]));
}

function sentenceText(texts: ReadonlyMap<string, string>, id: string, textId: string): string {
	const text = texts.get(id);
	if (text === undefined) throw new Error(`the alignment links sentence "${id}", which text "${textId}" does not have`);
	return text;
}
