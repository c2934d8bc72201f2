/**
 * An Astro integration that marks where each phase of a build begins, with the
 * platform's `performance.mark`: `astro:config:done` (content sync follows),
 * `astro:build:start` (Vite bundling follows), `vite:bundle-closed` (once per Vite
 * environment: page generation follows the last), `astro:build:generated` and
 * `astro:build:done`. The scale benchmark's config adds it (scripts/scale/astro.config.mjs)
 * and reads the marks through scripts/lib/bench/record-performance.ts.
 */
import type { AstroIntegration } from 'astro';

export function markBuildPhases(): AstroIntegration {
	const mark = (name: string) => () => void performance.mark(name);
	return {
		name: 'review-corpus:mark-build-phases',
		hooks: {
			'astro:config:done': mark('astro:config:done'),
			'astro:build:start': mark('astro:build:start'),
			'astro:build:setup': ({ updateConfig }) => {
				updateConfig({ plugins: [{ name: 'review-corpus:mark-build-phases', closeBundle: mark('vite:bundle-closed') }] });
			},
			'astro:build:generated': mark('astro:build:generated'),
			'astro:build:done': mark('astro:build:done'),
		},
	};
}
