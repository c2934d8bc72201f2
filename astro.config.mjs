// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import hostHeaders from './src/integrations/host-headers.ts';
import { deployment } from './src/site/deployment.ts';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
	// Where the site is deployed: any static host or CDN, under a subpath if BASE_PATH says so.
	...deployment(),
	trailingSlash: 'always',
	build: { format: 'directory', inlineStylesheets: 'never' },
	// No client-side router, no prefetch script: pages are static HTML and CSS.
	prefetch: false,
	devToolbar: { enabled: false },
	// Lets tests build other corpora side by side without sharing a content cache.
	...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
	server: { host: '127.0.0.1', port: 4321 },
	// Scripts stay in files, never inlined: the Content-Security-Policy allows no inline script.
	vite: { build: { assetsInlineLimit: 0 } },
	// The search index is built after Astro exits, by src/search/build-search-index.ts
	// (`npm run build` runs both): that script says why.
	integrations: [sitemap(), hostHeaders()],
});
