import { describe, expect, it } from 'vitest';
import { mergeAlignments } from '../../../src/compare/merge-alignments.ts';

const link = (source: string[], target: string[], confidence = 0.9) => ({ source, target, confidence });

describe('mergeAlignments', () => {
	it('keeps 1:1 rows where every alignment agrees', () => {
		const rows = mergeAlignments(
			'p',
			['s1', 's2'],
			[
				{ textId: 'x', links: [link(['s1'], ['s1']), link(['s2'], ['s2'])] },
				{ textId: 'y', links: [link(['s1'], ['s1', 's2']), link(['s2'], ['s3'], 0.4)] },
			],
		);
		expect(rows).toEqual([
			{ cells: { p: ['s1'], x: ['s1'], y: ['s1', 's2'] }, confidence: 0.9 },
			{ cells: { p: ['s2'], x: ['s2'], y: ['s3'] }, confidence: 0.4 },
		]);
	});

	it('joins pivot sentences that one alignment links together', () => {
		const rows = mergeAlignments(
			'p',
			['s1', 's2', 's3'],
			[
				{ textId: 'x', links: [link(['s1', 's2'], ['s1']), link(['s3'], ['s2'])] },
				{ textId: 'y', links: [link(['s1'], ['s1']), link(['s2'], ['s2']), link(['s3'], ['s3'])] },
			],
		);
		expect(rows.map((row) => row.cells)).toEqual([
			{ p: ['s1', 's2'], x: ['s1'], y: ['s1', 's2'] },
			{ p: ['s3'], x: ['s2'], y: ['s3'] },
		]);
	});

	it('puts a sentence linked to nothing of the pivot in the row before it', () => {
		const rows = mergeAlignments(
			'p',
			['s1', 's2'],
			[{ textId: 'x', links: [link(['s1'], ['s1']), link([], ['s2'], 0.2), link(['s2'], ['s3'])] }],
		);
		expect(rows.map((row) => row.cells)).toEqual([
			{ p: ['s1'], x: ['s1', 's2'] },
			{ p: ['s2'], x: ['s3'] },
		]);
		expect(rows[0]!.confidence).toBe(0.2);
	});
});
