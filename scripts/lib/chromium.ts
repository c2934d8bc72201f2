/**
 * The one Chromium the tests and the benchmarks use: Debian's (Playwright's own
 * browser download is impossible here), with flags that keep its background services
 * quiet on a closed network, so none of its own requests reach a test or a count.
 */
export const CHROME_PATH = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

export const CHROME_FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];
