/**
 * A static server for a built site, as a static host serves it: a folder's `index.html`
 * (a folder asked for without its slash is redirected to it), the 404 page for anything
 * else, the response headers of the site's `_headers` file applied by Netlify's own
 * parser (never the file itself), an ETag on every file with `304 Not Modified` for a
 * browser that already holds it, and, if asked, text gzipped at level 9. It logs every
 * response it sends, so the benchmarks count the bytes a reader receives.
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { parseAllHeaders } from '@netlify/headers-parser';

export interface StaticServerOptions {
	/** The built site's folder. */
	root: string;
	/** 0 (the default) for any free port. */
	port?: number;
	/** Gzip text responses when the client accepts it. */
	gzip?: boolean;
}

/** One response as sent. */
export interface Served {
	/** Path and query as requested. */
	url: string;
	status: number;
	contentType: string;
	/** The file's bytes. */
	rawBytes: number;
	/** The body's bytes as sent: gzipped when the type is text and gzip is on. */
	bytes: number;
	gzipped: boolean;
}

export interface StaticServer {
	origin: string;
	/** Every response sent so far, in order. */
	log: Served[];
	stop: () => Promise<void>;
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml; charset=utf-8',
	'.tmx': 'application/x-tmx+xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
};
const TEXT_TYPE = /^(?:text\/|application\/(?:json|xml|x-tmx\+xml)|image\/svg\+xml)/;
const HEADERS_FILE = '_headers';

/** Starts serving `root`; resolves once it listens. */
export async function startStaticServer({ root, port = 0, gzip = false }: StaticServerOptions): Promise<StaticServer> {
	const rules = await readHeaderRules(join(root, HEADERS_FILE));
	const log: Served[] = [];
	const server = createServer((request, response) => {
		serve(root, rules, gzip, request, response)
			.then((served) => log.push(served))
			.catch((error: unknown) => response.writeHead(500).end(String(error)));
	});
	await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
	const { port: bound } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${bound}`,
		log,
		stop: async () => {
			server.closeAllConnections();
			await new Promise((resolve) => server.close(resolve));
		},
	};
}

interface HeaderRule {
	forRegExp: RegExp;
	values: Record<string, string>;
}

async function readHeaderRules(file: string): Promise<HeaderRule[]> {
	if (!existsSync(file)) return [];
	const { headers, errors } = await parseAllHeaders({ headersFiles: [file], configHeaders: [], minimal: false });
	if (errors.length > 0) throw new Error(`${file}: ${errors.map((error) => error.message).join('; ')}`);
	return headers as HeaderRule[];
}

/** The headers of every rule matching `path`, later rules winning, as Netlify applies them. */
function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
	return Object.assign({}, ...rules.filter((rule) => rule.forRegExp.test(path)).map((rule) => rule.values));
}

async function serve(
	root: string,
	rules: readonly HeaderRule[],
	gzip: boolean,
	request: IncomingMessage,
	response: ServerResponse,
): Promise<Served> {
	const url = new URL(request.url ?? '/', 'http://localhost');
	const send = (status: number, body: Buffer, contentType: string, extra: Record<string, string> = {}): Served => {
		const gzipped =
			gzip && body.length > 0 && TEXT_TYPE.test(contentType) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
		const sent = gzipped ? gzipSync(body, { level: constants.Z_BEST_COMPRESSION }) : body;
		response.writeHead(status, {
			...headersFor(rules, url.pathname),
			...extra,
			'content-type': contentType,
			'content-length': String(sent.length),
			...(gzip ? { vary: 'Accept-Encoding' } : {}),
			...(gzipped ? { 'content-encoding': 'gzip' } : {}),
		});
		response.end(request.method === 'HEAD' ? undefined : sent);
		return { url: request.url ?? '', status, contentType, rawBytes: body.length, bytes: sent.length, gzipped };
	};
	const notFound = async () => {
		const page = join(root, '404.html');
		return send(404, existsSync(page) ? await readFile(page) : Buffer.from('Not found'), TYPES['.html']!);
	};

	const sendFile = async (file: string) => {
		const { size, mtimeMs } = await stat(file);
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		// A browser asks again for what it holds (the favicon, on each change of the URL): a
		// host answers that it has not changed.
		const etag = `W/"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`;
		if (request.headers['if-none-match'] === etag) return send(304, Buffer.alloc(0), type, { etag });
		return send(200, await readFile(file), type, { etag });
	};

	let pathname: string;
	try {
		pathname = decodeURIComponent(url.pathname);
	} catch {
		return notFound();
	}
	const path = normalize(join(root, pathname));
	if ((path !== root && !path.startsWith(root + sep)) || pathname.split('/').includes(HEADERS_FILE)) return notFound();
	const found = await stat(path).catch(() => null);
	if (found?.isDirectory()) {
		if (!url.pathname.endsWith('/')) return send(301, Buffer.alloc(0), TYPES['.txt']!, { location: `${url.pathname}/${url.search}` });
		const index = join(path, 'index.html');
		return existsSync(index) ? sendFile(index) : notFound();
	}
	return found?.isFile() ? sendFile(path) : notFound();
}
