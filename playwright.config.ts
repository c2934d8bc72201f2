/**
 * Playwright runs against the built site served as a static host serves it, its
 * `_headers` applied (`scripts/serve-dist.ts`); the build itself happens before (in
 * `npm test`), never here.
 */
import { defineConfig, devices } from '@playwright/test';
import { CHROME_FLAGS, CHROME_PATH } from './scripts/lib/chromium.ts';

// E2E_PORT lets two checkouts run their browser tests at once without sharing a server.
const PORT = Number(process.env['E2E_PORT'] ?? 4321);
const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
	testDir: 'tests/e2e',
	forbidOnly: true,
	retries: 0,
	workers: 2,
	reporter: [['list'], ['./tests/e2e/helpers/summary-reporter.ts']],
	use: { baseURL: BASE_URL },
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: { executablePath: CHROME_PATH, args: CHROME_FLAGS },
			},
		},
	],
	webServer: {
		command: `node scripts/serve-dist.ts --port ${PORT}`,
		url: BASE_URL,
		reuseExistingServer: !process.env['CI'],
		timeout: 60_000,
	},
});
