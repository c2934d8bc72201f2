/**
 * Checks every link in the built site: `node scripts/check-links.ts [distDir]`.
 * Prints each broken link as `page → url: reason` and exits 1, or prints a
 * one-line summary and exits 0. See scripts/lib/find-broken-links.ts.
 *
 * SITE_URL (as in astro.config.mjs) names the deployed origin, so absolute
 * links to it (canonical URLs) are checked as internal links; BASE_PATH, the
 * subpath the site is built for.
 */
import { findBrokenLinks } from './lib/find-broken-links.ts';

const distDir = process.argv[2] ?? 'dist';
// Same default as `site` in astro.config.mjs.
const siteUrl = process.env['SITE_URL'] || 'http://127.0.0.1:4321';

try {
	const report = findBrokenLinks(distDir, { siteUrl, basePath: process.env['BASE_PATH'] || '/' });
	if (report.pages === 0) {
		// An empty build must not pass as "no broken links".
		console.error(`check-links: no .html pages in ${distDir}`);
		process.exit(1);
	}
	for (const { page, url, reason } of report.broken) console.error(`${page} → ${url || '""'}: ${reason}`);
	const counts = `${report.pages} pages, ${report.links} internal links, ${report.anchors} anchors, ${report.external} external links`;
	if (report.broken.length > 0) {
		console.error(`check-links: ${report.broken.length} broken (${counts})`);
		process.exit(1);
	}
	console.log(`check-links: OK: ${counts}`);
} catch (error) {
	console.error(`check-links: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
}
