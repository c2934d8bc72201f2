/**
 * Playwright runs against the built site served by `astro preview`; the build
 * itself happens before (in `npm test`), never here.
 */
import { defineConfig, devices } from '@playwright/test';

const BASE_URL = 'http://127.0.0.1:4321';

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
        launchOptions: {
          // Playwright's own browser download is impossible here: use Debian's.
          executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
          // No network beyond this machine: stop Chromium's background services
          // from flooding the log with refused connections.
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'npx astro preview --host 127.0.0.1 --port 4321',
    url: BASE_URL,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
