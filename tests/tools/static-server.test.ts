import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';
import { hostHeaders } from '../../src/site/host-headers.ts';

const root = mkdtempSync(join(tmpdir(), 'static-server-'));
mkdirSync(join(root, 'texts/a'), { recursive: true });
mkdirSync(join(root, '_astro'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>home</title>');
writeFileSync(join(root, '404.html'), '<!doctype html><title>not found</title>');
writeFileSync(join(root, 'texts/a/index.html'), `<!doctype html><title>a</title>${'text '.repeat(200)}`);
writeFileSync(join(root, '_astro/site.1a2b.css'), 'body{}');
writeFileSync(join(root, '_headers'), hostHeaders('/'));
writeFileSync(join(root, '..', 'outside.txt'), 'not for serving');

let server: StaticServer;
beforeAll(async () => {
	server = await startStaticServer({ root, gzip: true });
});
afterAll(async () => {
	await server.stop();
	rmSync(root, { recursive: true, force: true });
});
const get = (path: string, init?: RequestInit) => fetch(`${server.origin}${path}`, { redirect: 'manual', ...init });

describe('startStaticServer', () => {
	it('serves a folder’s index.html with the _headers that match it', async () => {
		const response = await get('/texts/a/');
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
		expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'$/);
		expect(response.headers.get('cache-control')).toBe('public, max-age=300, must-revalidate');
		expect(await response.text()).toContain('<title>a</title>');
	});

	it('caches hashed assets for a year', async () => {
		expect((await get('/_astro/site.1a2b.css')).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
	});

	it('answers 304 with no body to a client that holds the file', async () => {
		const first = await get('/_astro/site.1a2b.css');
		const etag = first.headers.get('etag')!;
		expect(etag).toMatch(/^W\/"/);
		const again = await get('/_astro/site.1a2b.css', { headers: { 'if-none-match': etag } });
		expect(again.status).toBe(304);
		expect(server.log.at(-1)).toMatchObject({ url: '/_astro/site.1a2b.css', status: 304, bytes: 0 });
		expect((await get('/_astro/site.1a2b.css', { headers: { 'if-none-match': 'W/"other"' } })).status).toBe(200);
	});

	it('redirects a folder asked for without its slash, and sends the 404 page for the rest', async () => {
		const redirect = await get('/texts/a?x=1');
		expect(redirect.status).toBe(301);
		expect(redirect.headers.get('location')).toBe('/texts/a/?x=1');
		for (const path of ['/nothing/', '/_headers', '/../outside.txt', '/%2e%2e/outside.txt', '/%E0%A4%A']) {
			const response = await get(path);
			expect(response.status, path).toBe(404);
			expect(await response.text(), path).toContain('<title>not found</title>');
		}
	});

	it('gzips text at level 9 when asked, and logs what it sent', async () => {
		const response = await fetch(`${server.origin}/texts/a/`, { headers: { 'accept-encoding': 'gzip' } });
		expect(response.headers.get('content-encoding')).toBe('gzip');
		const served = server.log.at(-1)!;
		expect(served).toMatchObject({ url: '/texts/a/', status: 200, gzipped: true });
		expect(served.bytes).toBeLessThan(served.rawBytes);
		const body = Buffer.from(await response.arrayBuffer());
		// fetch inflates the body itself; its length is the raw file's.
		expect(body.length === served.rawBytes || gunzipSync(body).length === served.rawBytes).toBe(true);
	});
});
