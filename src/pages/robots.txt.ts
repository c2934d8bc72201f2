import type { APIRoute } from 'astro';
import { sitePath } from '../site/urls.ts';

/** `/robots.txt`: everything may be crawled; the sitemap lists every page. */
export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(sitePath('sitemap-index.xml'), site)}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
