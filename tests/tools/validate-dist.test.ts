import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDist } from '../../scripts/lib/validate-dist.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/dist-checks');

describe('validateDist', () => {
	it('passes valid pages, including same-origin scripts without SRI', async () => {
		const report = await validateDist(path.join(FIXTURES, 'good'));
		expect(report.problems).toEqual([]);
		expect(report.files).toBe(4);
	});

	it('reports each error with file, line and column', async () => {
		const report = await validateDist(path.join(FIXTURES, 'broken'));
		expect(report.errors).toBe(3);
		expect(report.problems.map((p) => `${path.basename(p.file)}:${p.line}:${p.column} ${p.severity} ${p.ruleId}`)).toEqual([
			// require-sri applies to cross-origin resources only (project config).
			'index.html:8:6 error require-sri',
			'index.html:10:6 error require-sri',
			'index.html:23:12 error attribute-allowed-values',
		]);
	});
});
