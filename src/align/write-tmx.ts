/**
 * An alignment as a TMX 1.4 translation memory (Translation Memory eXchange, LISA OSCAR,
 * version 1.4b: https://www.gala-global.org/tmx-14b), the format translation tools
 * import: one `<tu>` (translation unit) per link, holding one `<tuv>` per language side
 * that has sentences, whose `<seg>` is that side's sentences joined by a space.
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
}

/** The version of the aligner, written into every TMX it makes. Raise it when alignments change. */
export const ALIGNER_VERSION = '1.0';

/**
 * Characters XML 1.0 forbids (§2.2 Char: C0 controls other than tab, line feed and
 * carriage return; lone surrogates; U+FFFE and U+FFFF) cannot be written in any form,
 * not even as character references. Each is written as U+FFFD REPLACEMENT CHARACTER:
 * the unit is kept, well-formed, and shows where a character was lost. Dropping the
 * unit would lose a whole sentence pair over one stray byte of the source.
 */
export const FORBIDDEN_CHARACTER_REPLACEMENT = '\uFFFD';

/**
 * The alignment as a TMX 1.4 document (UTF-8, indented). Each `<tu>` carries the link's
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
	tmx.ele('header', {
		creationtool: 'review-corpus',
		creationtoolversion: options.creationToolVersion ?? ALIGNER_VERSION,
		segtype: 'sentence',
		'o-tmf': 'review-corpus',
		adminlang: 'en',
		srclang: source.lang,
		datatype: 'plaintext',
	});
	const body = tmx.ele('body');
	for (const link of links) {
		const unit = body.ele('tu');
		unit.ele('prop', { type: 'x-confidence' }).txt(String(link.confidence));
		for (const [ids, text, texts] of [
			[link.source, source, sourceText],
			[link.target, target, targetText],
		] as const) {
			if (ids.length === 0) continue;
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
