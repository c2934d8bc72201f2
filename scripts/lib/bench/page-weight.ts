/**
 * What a page costs at load: every response from navigation until the network is idle
 * (Playwright's `networkidle`: no request for 500 ms), in a fresh browser context, so
 * nothing comes from a cache. The stylesheets, scripts and images counted are those the
 * browser asked for, whatever the HTML says.
 *
 * Two counts of the same requests. The budget figure is the server's (the static
 * server's log, scripts/lib/static-server.ts, with gzip at level 9 for text as a host
 * sends it): body bytes sent, headers excluded, as in the typical alternative's figures;
 * it sees every request whoever made it. The browser's is CDP's `Network.loadingFinished`
 * `encodedDataLength` (bytes on the wire, headers included) on the page's own target: it
 * confirms that the browser received gzip, and it is blind to web workers.
 */
import type { Browser } from 'playwright-core';
import type { Served, StaticServer } from '../static-server.ts';

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

export const sumBytes = (requests: readonly Served[], key: 'bytes' | 'rawBytes' = 'bytes') =>
	requests.reduce((total, served) => total + served[key], 0);

export async function measurePageWeight(browser: Browser, server: StaticServer, path: string): Promise<PageWeight> {
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
			bytes: sumBytes(requests),
			rawBytes: sumBytes(requests, 'rawBytes'),
			wireBytes,
			requests,
			scripts: requests.filter(isScript).map((served) => served.url),
		};
	} finally {
		await context.close();
	}
}
