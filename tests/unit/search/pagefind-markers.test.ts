import { describe, expect, it } from 'vitest';
import { protectMarkers, restoreMarkers } from '../../../src/search/pagefind-markers.ts';

// Pagefind's own clean-up of stored values (PRIVATE_PAGEFIND in its fossick module).
const pagefindStrips = (value: string) => value.replace(/___PAGEFIND_\S+\s?/g, '');

describe('Pagefind markers in corpus text', () => {
	const values = [
		'plain text',
		'weights ___PAGEFIND_WEIGHT___2 and ___PAGEFIND_ANCHOR___h1:x stay',
		'already \u200C joined ___PAGEFIND\u200C_x and ___PAGEFIND\u200C\u200C_y',
		'___PAGEFIND_',
		'',
	];

	it('survive Pagefind’s clean-up once protected', () => {
		for (const value of values) expect(restoreMarkers(pagefindStrips(protectMarkers(value)))).toBe(value);
	});

	it('would be lost unprotected', () => {
		expect(pagefindStrips(values[1]!)).not.toBe(values[1]);
	});

	it('leave text without markers as it is', () => {
		expect(protectMarkers('plain text')).toBe('plain text');
		expect(restoreMarkers('a \u200C b')).toBe('a \u200C b');
	});
});
