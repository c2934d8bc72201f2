/**
 * The one Chromium every measurement uses: Debian's (Playwright's download is impossible
 * here), with flags that keep its background services quiet on a closed network, so
 * that no request of its own lands in what we count.
 */
export const CHROME_PATH = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
