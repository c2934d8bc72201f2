/**
 * Where the site is deployed, from the environment: any static host or CDN, under a
 * subpath if BASE_PATH says so. Read by astro.config.mjs and by the search index script
 * (src/search/build-search-index.ts), which must agree on the base of every URL.
 */
export interface Deployment {
	/** The site's origin, for canonical URLs and the sitemap. */
	site: string;
	/** The path the site is served under: `/`, or e.g. `/corpus/`. */
	base: string;
}

export function deployment(env: Record<string, string | undefined> = process.env): Deployment {
	const base = env['BASE_PATH'] || '/';
	return {
		site: env['SITE_URL'] || 'http://127.0.0.1:4321',
		base: base.startsWith('/') ? base : `/${base}`,
	};
}
