/**
 * What a page costs at load: every response from navigation until the network is idle
 * (Playwright's `networkidle`: no request for 500 ms), in a fresh browser context, so
 * nothing comes from a cache.
 *
 * Two counts of the same requests. The budget figure is the server's: the gzip proxy's
 * log of body bytes sent (headers excluded, as in the typical alternative's figures),
 * which sees every request whoever made it. The browser's is CDP's
 * `Network.loadingFinished` `encodedDataLength` (bytes on the wire, headers included)
 * on the page's own target: it confirms that the browser received gzip, and it is
 * blind to web workers, which these pages must not start anyway.
 */
import type { Browser } from 'playwright-core';
import type { Server, Served } from './serve.ts';

export interface PageWeight {
  path: string;
  /** Body bytes sent, gzipped where the type is text. */
  bytes: number;
  /** The same bodies uncompressed. */
  rawBytes: number;
  /** CDP encodedDataLength summed over the page target's requests: headers included. */
  wireBytes: number;
  requests: Served[];
  /** Requests for JavaScript, by URL. */
  scripts: string[];
}

export const isScript = (served: Served) => /javascript|ecmascript/.test(served.contentType) || /\.m?js(?:\?|$)/.test(served.url);

export const sum = (requests: readonly Served[], key: 'bytes' | 'rawBytes') => requests.reduce((total, served) => total + served[key], 0);

export async function measurePageWeight(browser: Browser, server: Server, path: string): Promise<PageWeight> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    let wireBytes = 0;
    cdp.on('Network.loadingFinished', (event) => (wireBytes += event.encodedDataLength));
    const from = server.log.length;
    const response = await page.goto(server.origin + path, { waitUntil: 'networkidle' });
    if (!response?.ok()) throw new Error(`${path} answered ${response?.status() ?? 'nothing'}`);
    const requests = server.log.slice(from);
    return {
      path,
      bytes: sum(requests, 'bytes'),
      rawBytes: sum(requests, 'rawBytes'),
      wireBytes,
      requests,
      scripts: requests.filter(isScript).map((served) => served.url),
    };
  } finally {
    await context.close();
  }
}
