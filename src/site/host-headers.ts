/**
 * The `_headers` file for static hosts that read it (Netlify, Cloudflare Pages, and others
 * in the same format): what a `<meta>` cannot say. The Content-Security-Policy as a header
 * adds `frame-ancestors 'none'`, so no other site can frame the pages; hashed files are
 * cached for a year, pages and data for a short while, so a new build reaches readers.
 *
 * Rules never set the same header twice for one path: Netlify keeps the last matching
 * rule's value and Cloudflare joins them with a comma, which for `Cache-Control` would
 * mean two contradictory policies.
 * @see https://docs.netlify.com/routing/headers/
 * @see https://developers.cloudflare.com/pages/configuration/headers/
 */
import { CONTENT_SECURITY_POLICY } from './content-security-policy.ts';

/** Files whose names change with their content: Astro's assets. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages and data files: a reader may keep them five minutes, then asks again. */
const SHORT = 'public, max-age=300, must-revalidate';

/** The site's sections that hold pages and data files: everything but the hashed assets. */
const PAGE_SECTIONS = ['texts', 'compare', 'people', 'search', 'search-index', 'data'];

/** The `_headers` file of a site published under `base` (`/`, `/corpus/`). */
export function hostHeaders(base: string): string {
	const prefix = base.replace(/\/+$/, '');
	const rule = (path: string, headers: Record<string, string>) =>
		[`${prefix}${path}`, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
	return [
		'# Response headers for static hosts that read this file (Netlify, Cloudflare Pages):\n# README, "Deploying". Written by src/site/host-headers.ts.',
		rule('/*', {
			'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
			'X-Frame-Options': 'DENY',
			'X-Content-Type-Options': 'nosniff',
			'Referrer-Policy': 'strict-origin-when-cross-origin',
			'Cross-Origin-Opener-Policy': 'same-origin',
		}),
		rule('/_astro/*', { 'Cache-Control': IMMUTABLE }),
		rule('/', { 'Cache-Control': SHORT }),
		rule('/404.html', { 'Cache-Control': SHORT }),
		...PAGE_SECTIONS.map((section) => rule(`/${section}/*`, { 'Cache-Control': SHORT })),
		'',
	].join('\n\n');
}
