import { describe, expect, it } from 'vitest';
import { checkResidue } from '../../../src/qa/checks/residue.ts';
import { link } from './link.ts';

const residue = (exact: string, text = exact) =>
	checkResidue(link(['x'], [{ text, exact }], { to: 'en' })).map(({ text: t, at }) => ({ text: t, at }));

describe('checkResidue', () => {
	it('finds tags, entities and mojibake in the exact characters, a run as one finding', () => {
		expect(residue('the doors. " "<br /> <br /> <br />', 'the doors.')).toEqual([{ text: '<br /> <br /> <br />', at: undefined }]);
		expect(residue('Tom &amp; Jerry')).toEqual([{ text: '&amp;', at: { sentence: 's1', start: 4, end: 9 } }]);
		expect(residue('caf&#233; and &#x27;')).toHaveLength(2);
		expect(residue('la canciÃ³n, donâ€™t')).toEqual([
			{ text: 'Ã³', at: { sentence: 's1', start: 8, end: 10 } },
			{ text: 'â€™', at: { sentence: 's1', start: 16, end: 19 } },
		]);
		expect(residue('a \uFFFD b')).toHaveLength(1);
	});

	it('leaves text that only looks a little like markup', () => {
		expect(residue('a < b and c > d, AT&T, R&D, 5 < 6')).toEqual([]);
	});

	it('stays bounded on a sentence of nothing but tags', () => {
		const tags = '<br />'.repeat(200_000);
		const started = performance.now();
		const found = residue(tags);
		expect(performance.now() - started).toBeLessThan(2000);
		expect(found).toHaveLength(1);
		expect(found[0]!.text.length).toBeLessThanOrEqual(201);
	});
});
