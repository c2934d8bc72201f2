// @ts-check
import { defineConfig } from 'astro/config';
import { corpusDir } from './src/corpus/corpus-dir.ts';
import { searchIndex } from './src/integrations/search-index.ts';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
	site: process.env.SITE_URL || 'http://127.0.0.1:4321',
	base: '/',
	trailingSlash: 'always',
	build: { format: 'directory', inlineStylesheets: 'never' },
	// No client-side router, no prefetch script: pages are static HTML and CSS.
	prefetch: false,
	devToolbar: { enabled: false },
	// Lets tests build other corpora side by side without sharing a content cache.
	...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
	server: { host: '127.0.0.1', port: 4321 },
	integrations: [searchIndex({ dir: corpusDir() })],
});
