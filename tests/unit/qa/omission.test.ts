import { describe, expect, it } from 'vitest';
import { checkOmission, lengthDeviation } from '../../../src/qa/checks/omission.ts';
import { link } from './link.ts';

const SENTENCE = 'the soldiers are returning in a mass scene on the streets, and all are happy and excited';

describe('checkOmission', () => {
	it('flags a sentence with no counterpart, on the side that has it', () => {
		expect(checkOmission(link([SENTENCE], []))).toEqual([
			{
				check: 'omission',
				side: 'source',
				sentences: ['s1'],
				text: SENTENCE,
				message: 'This sentence has no counterpart in the translation.',
			},
		]);
		expect(checkOmission(link([], ['Una frase.', 'Otra.']))).toMatchObject([
			{ check: 'addition', side: 'target', sentences: ['s1', 's2'], text: 'Una frase. Otra.' },
		]);
	});

	it('flags a link far shorter or longer than the pair’s ratio, not one near it', () => {
		const long = `${SENTENCE}, ${SENTENCE}, ${SENTENCE}`;
		expect(checkOmission(link([long], ['Los soldados regresan.']))).toMatchObject([{ check: 'omission', side: 'source' }]);
		expect(checkOmission(link(['Soldiers return home.'], [long]))).toEqual([]); // too short a source to judge
		expect(checkOmission(link([SENTENCE], [`${long}, ${long}`]))).toMatchObject([{ check: 'addition', side: 'target' }]);
		expect(checkOmission(link([SENTENCE], [`${SENTENCE}!!`]))).toEqual([]);
	});

	it('quotes a long sentence by its beginning', () => {
		const [finding] = checkOmission(link([`${'word '.repeat(100)}end`], []));
		expect(finding!.text.length).toBeLessThanOrEqual(201);
		expect(finding!.text.endsWith('…')).toBe(true);
	});

	it('measures δ as Gale and Church do', () => {
		expect(lengthDeviation(100, 110, 1.1)).toBeCloseTo(0);
		expect(lengthDeviation(100, 0, 1)).toBeCloseTo(-100 / Math.sqrt(680));
	});
});
