import { describe, expect, it } from 'vitest';
import { checkRepeats } from '../../../src/qa/checks/repeats.ts';
import { link } from './link.ts';

const repeats = (source: string, target: string, to = 'es') =>
	checkRepeats(link([source], [target], { to })).map((finding) => finding.text);

describe('checkRepeats', () => {
	it('flags a word written twice in a row, whatever its case', () => {
		expect(repeats('and very nearly succeeded', 'y casi casi lo sucedió')).toEqual(['casi casi']);
		expect(repeats('and the three', 'and The the three', 'en')).toEqual(['The the']);
	});

	it('leaves doubles the language writes, the source’s own, numbers and words apart', () => {
		expect(repeats('it had had', 'it had had', 'en')).toEqual([]);
		expect(repeats('new york , new york', 'Nueva York, Nueva York')).toEqual([]);
		expect(repeats('very very good', 'muy muy bueno')).toEqual(['muy muy']);
		expect(repeats('they spin and whirl', 'giran y giran')).toEqual([]);
		expect(repeats('15 to 20', '20 20')).toEqual([]);
		expect(repeats('so so', 'so, so')).toEqual([]);
	});
});
