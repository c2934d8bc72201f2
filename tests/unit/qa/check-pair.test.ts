import { describe, expect, it } from 'vitest';
import { createMentionMatcher } from '../../../src/people/find-mentions.ts';
import { checkPair, MAX_FINDINGS_PER_CHECK, QaReportSchema, type QaText } from '../../../src/qa/index.ts';
import { ENGLISH, PEOPLE, SPANISH } from './link.ts';

const text = (id: string, lang: string, sentences: string[]): QaText => ({
	id,
	lang,
	sentences: sentences.map((s, i) => ({ id: `s${i + 1}`, text: s, exact: s })),
});
const tools = {
	lexicons: new Map([
		['en', ENGLISH],
		['es', SPANISH],
	]),
	matcher: createMentionMatcher(PEOPLE),
	personNames: new Map([['veronika', 'Veronika']]),
};

describe('checkPair', () => {
	const source = text('en', 'en', [
		'images of wartime',
		'veronika left home',
		'the last sentence of the review, which the translation left out',
	]);
	const target = text('es', 'es', ['imágenes', 'de wartime', 'Vernika casa casa']);
	const links = [
		{ source: ['s1'], target: ['s1', 's2'], confidence: 1 },
		{ source: ['s2'], target: ['s3'], confidence: 1 },
		{ source: ['s3'], target: [], confidence: 0 },
	];
	const findings = checkPair(source, target, links, tools, { source: 'the original', target: 'the translation' });

	it('gives each finding the sentence holding its words on its side and the link’s sentences on the other', () => {
		expect(findings.map(({ check, source: s, target: t, side, text: words, link }) => ({ check, s, t, side, words, link }))).toEqual([
			{ check: 'untranslated', s: ['s1'], t: ['s2'], side: 'target', words: 'wartime', link: 0 },
			{ check: 'name', s: ['s2'], t: ['s3'], side: 'target', words: 'Vernika', link: 1 },
			{ check: 'repeat', s: ['s2'], t: ['s3'], side: 'target', words: 'casa casa', link: 1 },
			{
				check: 'omission',
				s: ['s3'],
				t: [],
				side: 'source',
				words: 'the last sentence of the review, which the translation left out',
				link: 2,
			},
		]);
		expect(findings[1]!.message).toBe('“Vernika” here, “veronika” in the original: Veronika, spelled otherwise.');
		expect(findings[1]!.at).toEqual({ sentence: 's3', start: 0, end: 7 });
	});

	it('publishes in the shape of its schema', () => {
		const report = { source: 'en', target: 'es', findings: findings.map(({ link: _l, at: _a, ...published }) => published) };
		expect(QaReportSchema.parse(report)).toEqual(report);
	});

	it('reports at most a few findings of one check per link', () => {
		const garbled = Array.from({ length: 40 }, (_, i) => `zq${'x'.repeat(i % 7)}${String.fromCharCode(97 + (i % 26))}w`).join(' ');
		const many = checkPair(
			text('en', 'en', ['the house']),
			text('es', 'es', [garbled]),
			[{ source: ['s1'], target: ['s1'], confidence: 1 }],
			tools,
		);
		expect(many.filter((finding) => finding.check === 'not-a-word')).toHaveLength(MAX_FINDINGS_PER_CHECK);
	});

	it('skips the dictionary checks for a language without a dictionary', () => {
		const none = checkPair(
			text('en', 'en', ['the house']),
			text('fr', 'fr', ['la maizon maizon']),
			[{ source: ['s1'], target: ['s1'], confidence: 1 }],
			tools,
		);
		expect(none.map((finding) => finding.check)).toEqual(['repeat']);
	});
});
