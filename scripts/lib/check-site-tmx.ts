/**
 * One TMX file of the built site against what it must be (`scripts/validate-tmx.ts`):
 * valid against the TMX 1.4b DTD, read by translate-toolkit with the source text's
 * language as its source language, one unit per two-sided link of the alignment's JSON.
 */
import { readTmxWithToolkit, validateTmx } from './tmx-consumers.ts';

/** The alignment JSON's shape, as far as this check needs it. */
export interface AlignmentData {
	source: string;
	target: string;
	links: { source: string[]; target: string[] }[];
}

/** The problems of one TMX file; empty when there are none. `readText` reads `/data/texts/<id>.json`. */
export async function checkSiteTmx(xml: string, alignment: AlignmentData, readText: (id: string) => Promise<string>): Promise<string[]> {
	const invalid = validateTmx(xml);
	if (invalid.length > 0) return invalid;
	const problems: string[] = [];
	const [sourceLang, targetLang] = await Promise.all(
		[alignment.source, alignment.target].map(async (id) => (JSON.parse(await readText(id)) as { lang: string }).lang),
	);
	const reading = readTmxWithToolkit(xml);
	if (reading.sourceLanguage !== sourceLang) {
		problems.push(`translate-toolkit reads source language "${reading.sourceLanguage}", the source text is "${sourceLang}"`);
	}
	const twoSided = alignment.links.filter((link) => link.source.length > 0 && link.target.length > 0).length;
	if (reading.units.length !== twoSided) problems.push(`${reading.units.length} units for ${twoSided} two-sided links`);
	if (reading.units.some((unit) => !unit.source || !unit.target)) problems.push('a unit lacks a source or a target segment');
	const variants = [...xml.matchAll(/<tuv xml:lang="([^"]*)">/g)].map((match) => match[1]);
	const expected = Array.from({ length: twoSided }, () => [sourceLang, targetLang]).flat();
	if (variants.join(' ') !== expected.join(' ')) problems.push(`unit languages are not ${sourceLang} then ${targetLang} in every unit`);
	return problems;
}
