import { describe, expect, it } from 'vitest';
import { formatLink, parseLinks } from '../../../src/align/gold-links.ts';
import { scoreLinks, sentencePairs } from '../../../src/align/score-links.ts';

describe('parseLinks', () => {
	it('reads one link per line, skipping comments and blank lines', () => {
		const text = '# a comment\n\ns1 = s1 s2\ns2 s3 = s3\r\n- = s4\ns4 = -\n';
		expect(parseLinks(text)).toEqual([
			{ source: ['s1'], target: ['s1', 's2'] },
			{ source: ['s2', 's3'], target: ['s3'] },
			{ source: [], target: ['s4'] },
			{ source: ['s4'], target: [] },
		]);
	});

	it.each([
		['s1 s2', 'line 2: expected "source ids = target ids", got "s1 s2"'],
		['s1 = s2 = s3', 'line 2: expected "source ids = target ids", got "s1 = s2 = s3"'],
		['- = -', 'line 2: both sides are empty'],
	])('rejects %j', (line, message) => {
		expect(() => parseLinks(`# header\n${line}\n`)).toThrow(message);
	});

	it('formats what it parses', () => {
		const lines = ['s1 = s1 s2', 's5 s6 = s7', '- = s12', 's3 = -'];
		expect(parseLinks(lines.join('\n')).map(formatLink)).toEqual(lines);
	});
});

describe('scoreLinks', () => {
	const gold = parseLinks('s1 = s1 s2\ns2 = s3\ns3 = s4');

	it('implies one sentence pair per source and target sentence of a link', () => {
		expect(sentencePairs({ source: ['s1', 's2'], target: ['t1'] })).toEqual(['s1\tt1', 's2\tt1']);
		expect(sentencePairs({ source: ['s1'], target: [] })).toEqual([]);
	});

	it('is perfect on the gold itself', () => {
		expect(scoreLinks(gold, gold)).toEqual({ pairs: { precision: 1, recall: 1, f1: 1 }, links: { precision: 1, recall: 1, f1: 1 } });
	});

	it('gives partial credit over sentence pairs, none over whole links, for a split found as 1:1 + 0:1', () => {
		const found = parseLinks('s1 = s1\n- = s2\ns2 = s3\ns3 = s4');
		const { pairs, links } = scoreLinks(found, gold);
		// Pairs: found {s1-s1, s2-s3, s3-s4}, gold adds s1-s2.
		expect(pairs.precision).toBe(1);
		expect(pairs.recall).toBe(3 / 4);
		expect(pairs.f1).toBeCloseTo(6 / 7, 10);
		expect(links.precision).toBe(2 / 4);
		expect(links.recall).toBe(2 / 3);
	});

	it('scores an alignment that links nothing as 0', () => {
		const { pairs } = scoreLinks(parseLinks('s1 = -\ns2 = -\ns3 = -\n- = s1'), gold);
		expect(pairs).toEqual({ precision: 1, recall: 0, f1: 0 });
	});
});
