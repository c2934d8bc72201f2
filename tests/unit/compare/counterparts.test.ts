import { describe, expect, it } from 'vitest';
import { linksBySentence, orientLinks } from '../../../src/compare/counterparts.ts';

const links = [
	{ source: ['s1'], target: ['s1', 's2'], confidence: 0.9 },
	{ source: ['s2', 's3'], target: ['s3'], confidence: 0.7 },
	{ source: ['s4'], target: [], confidence: 0 },
	{ source: [], target: ['s4'], confidence: 0 },
];

describe('orientLinks and linksBySentence', () => {
	it('sees the links from the source: 1:2, 2:1 and one-sided links as they are', () => {
		const bySentence = linksBySentence(orientLinks(links, 'source'));
		expect([...bySentence.keys()]).toEqual(['s1', 's2', 's3', 's4']);
		expect(bySentence.get('s1')).toEqual({ own: ['s1'], other: ['s1', 's2'], confidence: 0.9 });
		expect(bySentence.get('s3')).toBe(bySentence.get('s2'));
		expect(bySentence.get('s4')!.other).toEqual([]);
	});

	it('sees the same links from the target, each of its sentences once', () => {
		const oriented = orientLinks(links, 'target');
		expect(oriented.map((link) => [link.own, link.other])).toEqual([
			[['s1', 's2'], ['s1']],
			[['s3'], ['s2', 's3']],
			[[], ['s4']],
			[['s4'], []],
		]);
		const bySentence = linksBySentence(oriented);
		expect([...bySentence.keys()]).toEqual(['s1', 's2', 's3', 's4']);
		expect(bySentence.get('s2')!.other).toEqual(['s1']);
	});
});
