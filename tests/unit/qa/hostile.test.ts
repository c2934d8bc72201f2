import { describe, expect, it } from 'vitest';
import { createMentionMatcher } from '../../../src/people/find-mentions.ts';
import { checkPair, type QaText } from '../../../src/qa/index.ts';
import { loadLexicons } from '../../../src/qa/load-lexicons.ts';
import { PEOPLE } from './link.ts';

const MEGABYTE = 1 << 20;
const one = (id: string, lang: string, sentence: string): QaText => ({
	id,
	lang,
	sentences: [{ id: 's1', text: sentence, exact: sentence }],
});
const megabyteOf = (unit: string) => unit.repeat(Math.ceil(MEGABYTE / unit.length));

describe('hostile input', async () => {
	const tools = { lexicons: await loadLexicons(['en', 'es']), matcher: createMentionMatcher(PEOPLE) };
	const link = [{ source: ['s1'], target: ['s1'], confidence: 1 }];

	it.each([
		['distinct garbled words', Array.from({ length: 120_000 }, (_, i) => `zq${i.toString(36)}`).join(' ')],
		['one word repeated', megabyteOf('casa ')],
		['tags', megabyteOf('<br />')],
		['character references', megabyteOf('&#233; ')],
		['numbers', megabyteOf('1957 ')],
		['names', megabyteOf('Vernika y Stalin ')],
		['one unbroken word', 'a'.repeat(MEGABYTE)],
	])(
		'checks a 1 MB sentence of %s in bounded time and findings',
		(_name, sentence) => {
			const started = performance.now();
			const findings = checkPair(one('en', 'en', 'the house of stalin , 1957'), one('es', 'es', sentence), link, tools);
			expect(performance.now() - started).toBeLessThan(10_000);
			const perCheck = Map.groupBy(findings, (finding) => finding.check);
			for (const list of perCheck.values()) expect(list.length).toBeLessThanOrEqual(10);
			for (const finding of findings) expect(finding.text.length).toBeLessThanOrEqual(201);
		},
		30_000,
	);

	it('keeps markup-looking text as text: findings quote it, nothing is parsed', () => {
		const sentence = 'Una <script>alert(1)</script> escena &lt;b&gt; con <img src=x onerror=alert(1)>';
		const findings = checkPair(one('en', 'en', 'a scene'), one('es', 'es', sentence), link, tools);
		expect(findings.filter((f) => f.check === 'residue').map((f) => f.text)).toEqual([
			'<script>',
			'</script>',
			'&lt;',
			'&gt;',
			'<img src=x onerror=alert(1)>',
		]);
		// What is inside a tag or an entity is residue, never a word or a number; the text
		// between the tags is text (`alert(1)`: an English word, a number).
		expect(findings.filter((f) => f.check !== 'residue').map((f) => `${f.check}:${f.at!.start}`)).toEqual(['untranslated:12', 'number:18']);
	});
});
