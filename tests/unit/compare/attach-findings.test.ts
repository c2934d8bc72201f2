import { describe, expect, it } from 'vitest';
import { attachFindings, markFinding } from '../../../src/compare/attach-findings.ts';
import type { RowView } from '../../../src/compare/build-rows.ts';

const row = (
	id: string,
	cells: { textId: string; sentences: { id: string; pieces: { text: string; mark: null | 'anchor' | 'removed' | 'added' }[] }[] }[],
): RowView => ({
	id,
	cells: cells.map((cell) => ({ ...cell, lang: 'es' })),
	confidence: 1,
	level: 'sure',
});

describe('markFinding', () => {
	it('cuts pieces at a finding’s edges, keeping their own marks, and marks the last piece', () => {
		const pieces = markFinding(
			[
				{ text: 'de ', mark: null },
				{ text: 'Vernika', mark: 'anchor' },
				{ text: ' y', mark: null },
			],
			{ start: 3, end: 10 },
			{ id: 'r1-f1', check: 'name' },
		);
		expect(pieces).toEqual([
			{ text: 'de ', mark: null },
			{ text: 'Vernika', mark: 'anchor', finding: { id: 'r1-f1', check: 'name', last: true } },
			{ text: ' y', mark: null },
		]);
	});

	it('spans pieces, and skips removed words in an inline diff', () => {
		const pieces = markFinding(
			[
				{ text: 'casi ', mark: null },
				{ text: 'nearly ', mark: 'removed' },
				{ text: 'casi', mark: 'added' },
			],
			{ start: 0, end: 9 },
			{ id: 'r1-f1', check: 'repeat' },
			true,
		)!;
		expect(pieces.map((p) => [p.text, p.finding?.last ?? null])).toEqual([
			['casi ', false],
			['nearly ', null],
			['casi', true],
		]);
	});

	it('returns null for a range outside the sentence', () => {
		expect(markFinding([{ text: 'abc', mark: null }], { start: 5, end: 7 }, { id: 'x', check: 'name' })).toBeNull();
	});
});

describe('attachFindings', () => {
	const rows = [
		row('r1', [
			{ textId: 'a-en', sentences: [{ id: 's1', pieces: [{ text: 'images of wartime', mark: null }] }] },
			{ textId: 'a-es', sentences: [{ id: 's1', pieces: [{ text: 'imágenes de wartime', mark: null }] }] },
		]),
		row('r2', [
			{ textId: 'a-en', sentences: [{ id: 's2', pieces: [{ text: 'the end', mark: null }] }] },
			{ textId: 'a-es', sentences: [] },
		]),
	];

	it('lists each finding under the row of its sentence, marked where its words are', () => {
		const out = attachFindings(rows, [
			{
				check: 'untranslated',
				textId: 'a-es',
				sentences: ['s1'],
				at: { sentence: 's1', start: 12, end: 19 },
				text: 'wartime',
				message: 'm1',
			},
			{ check: 'omission', textId: 'a-en', sentences: ['s2'], text: 'the end', message: 'm2' },
			{ check: 'residue', textId: 'a-es', sentences: ['s1'], text: '<br />', message: 'm3' },
		]);
		expect(out[0]!.findings!.map((f) => [f.id, f.check, f.marked])).toEqual([
			['r1-f1', 'untranslated', true],
			['r1-f2', 'residue', false],
		]);
		expect(out[1]!.findings!.map((f) => [f.id, f.check, f.textId])).toEqual([['r2-f1', 'omission', 'a-en']]);
		expect(out[0]!.cells[1]!.sentences[0]!.pieces).toEqual([
			{ text: 'imágenes de ', mark: null },
			{ text: 'wartime', mark: null, finding: { id: 'r1-f1', check: 'untranslated', last: true } },
		]);
		// The rows given are left as they were.
		expect(rows[0]!.findings).toBeUndefined();
		expect(rows[0]!.cells[1]!.sentences[0]!.pieces).toHaveLength(1);
	});
});
