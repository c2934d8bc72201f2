import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { hostHeaders } from '../site/host-headers.ts';

/** Writes `_headers` (`src/site/host-headers.ts`) at the root of the built site. */
export default function hostHeadersIntegration(): AstroIntegration {
	let base = '/';
	return {
		name: 'review-corpus:host-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': async ({ dir }) => {
				await writeFile(new URL('_headers', dir), hostHeaders(base));
			},
		},
	};
}
