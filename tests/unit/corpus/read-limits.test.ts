import { describe, expect, it } from 'vitest';
import { DEFAULT_READ_LIMITS, readLimits } from '../../../src/corpus/read-limits.ts';

describe('readLimits', () => {
	it('has defaults, and takes whole numbers of bytes from the environment', () => {
		expect(readLimits({})).toEqual(DEFAULT_READ_LIMITS);
		expect(readLimits({ CORPUS_MAX_FILE_BYTES: '100', CORPUS_MAX_MANIFEST_BYTES: '500', CORPUS_MAX_BYTES: '1000' })).toEqual({
			maxFileBytes: 100,
			maxManifestBytes: 500,
			maxCorpusBytes: 1000,
		});
	});

	it.each(['0', '-1', '1.5', '1e6', 'ten', '99999999999999999999'])('refuses CORPUS_MAX_FILE_BYTES=%s, naming the variable', (value) => {
		expect(() => readLimits({ CORPUS_MAX_FILE_BYTES: value })).toThrow(
			`CORPUS_MAX_FILE_BYTES must be a positive whole number of bytes, not "${value}"`,
		);
	});
});
