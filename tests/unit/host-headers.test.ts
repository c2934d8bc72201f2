import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/site/content-security-policy.ts';
import { hostHeaders } from '../../src/site/host-headers.ts';

const rulesOf = (file: string) =>
	file
		.split(/\n(?=\S)/)
		.filter((block) => !block.startsWith('#'))
		.map((block) => block.trim().split('\n'));

describe('hostHeaders', () => {
	it('sends the policy with frame-ancestors on every path, and sets each header once per path', () => {
		const rules = rulesOf(hostHeaders('/'));
		expect(rules[0]![0]).toBe('/*');
		expect(rules[0]).toContain(`  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
		// Cache-Control only on rules that never overlap: the hashed files, and the sections of pages.
		const cached = rules.filter((rule) => rule.some((line) => line.includes('Cache-Control'))).map((rule) => rule[0]);
		expect(cached).toEqual([
			'/_astro/*',
			'/',
			'/404.html',
			'/texts/*',
			'/compare/*',
			'/people/*',
			'/search/*',
			'/search-index/*',
			'/data/*',
		]);
	});

	it('puts every rule under the base path', () => {
		const paths = rulesOf(hostHeaders('/corpus/')).map((rule) => rule[0]);
		expect(paths.every((path) => path!.startsWith('/corpus/'))).toBe(true);
		expect(paths).toContain('/corpus/_astro/*');
	});
});
