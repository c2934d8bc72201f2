import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataContractHtml } from '../../src/site/data-contract.ts';

describe('dataContractHtml', () => {
	it('renders the README’s "Data formats" section and nothing after it', () => {
		const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
		const html = dataContractHtml(readme);
		expect(html).toContain('/data/corpus.json');
		expect(html).toContain('/data/alignments/&#x3C;source>--&#x3C;target>.tmx');
		expect(html).not.toContain('Data formats');
		expect(html).not.toMatch(/<h2/);
	});

	it('fails clearly when the README has no such section', () => {
		expect(() => dataContractHtml('# x\n\n## Other\n')).toThrow('The README has no "## Data formats" section for the data page.');
	});
});
