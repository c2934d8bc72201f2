/**
 * Serves the bench's build: `astro preview` (the server the tests use) behind a small
 * gzip proxy, on ports of their own (4322 for the proxy, 4323 for preview by default),
 * beside the tests' server on 4321.
 *
 * Why a proxy: `astro preview` sends every file uncompressed, while any real static host
 * gzips text. The proxy gzips HTML, CSS, JS, JSON, SVG and XML at level 9, so the
 * browser and Lighthouse receive what a deployment would send (the search index's JSON
 * files included). Files that are gzip already pass unchanged, as a host would leave
 * them. The proxy also logs every response, whoever asked for it (a page or a web
 * worker): the byte counts come from that log.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import { constants, gzipSync } from 'node:zlib';

export interface Served {
  /** Path and query as requested. */
  url: string;
  status: number;
  contentType: string;
  /** Body bytes as `astro preview` sent them. */
  rawBytes: number;
  /** Body bytes as the proxy sent them: gzipped when the type is text. */
  bytes: number;
  gzipped: boolean;
}

export interface Server {
  origin: string;
  /** Every response sent so far, in order. */
  log: Served[];
  stop: () => Promise<void>;
}

const TEXT_TYPE = /^(?:text\/|application\/(?:javascript|json|xml|manifest\+json)|image\/svg\+xml)/;

export async function startServer(outDir: string, port: number): Promise<Server> {
  const upstreamPort = port + 1;
  // Vite's preview server moves to the next port when its own is taken: we would then
  // measure whatever answers on it. Refuse instead.
  await assertPortFree(upstreamPort);
  // `--ignore-lock`: Astro 7 allows one tracked preview server per project (the tests'
  // one) and sends it to the background when an agent runs it; this one runs in the
  // foreground beside it and leaves the lock file alone. `detached` gives it a process
  // group of its own, so that stopping it also stops the node process npx starts.
  const args = ['astro', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(upstreamPort), '--outDir', outDir];
  const preview = spawn('npx', args, { detached: true, stdio: 'ignore' });
  // Even when the bench dies (an exception, Ctrl-C, chrome-launcher's process.exit),
  // the preview server must not outlive it.
  const killPreview = () => {
    if (preview.pid && preview.exitCode === null && preview.signalCode === null) process.kill(-preview.pid, 'SIGTERM');
  };
  process.once('exit', killPreview);

  const log: Served[] = [];
  const proxy = http.createServer((request, response) => {
    const headers = { ...request.headers, 'accept-encoding': 'identity' };
    const upstream = http.request({ host: '127.0.0.1', port: upstreamPort, path: request.url, method: request.method, headers }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => {
        const raw = Buffer.concat(chunks);
        const contentType = answer.headers['content-type'] ?? '';
        const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
        const gzipped = acceptsGzip && raw.length > 0 && TEXT_TYPE.test(contentType);
        const body = gzipped ? gzipSync(raw, { level: constants.Z_BEST_COMPRESSION }) : raw;
        const sent = { ...answer.headers, 'content-length': String(body.length), vary: 'Accept-Encoding' };
        delete sent['transfer-encoding'];
        if (gzipped) sent['content-encoding'] = 'gzip';
        response.writeHead(answer.statusCode ?? 502, sent).end(body);
        log.push({ url: request.url ?? '', status: answer.statusCode ?? 502, contentType, rawBytes: raw.length, bytes: body.length, gzipped });
      });
    });
    upstream.on('error', (error) => response.writeHead(502).end(String(error)));
    request.pipe(upstream);
  });

  const stop = async () => {
    proxy.closeAllConnections();
    await new Promise((resolve) => proxy.close(resolve));
    const exited = new Promise((resolve) => (preview.exitCode === null && preview.signalCode === null ? preview.once('exit', resolve) : resolve(null)));
    killPreview();
    process.removeListener('exit', killPreview);
    await exited;
  };
  try {
    await new Promise<void>((resolve, reject) => proxy.once('error', reject).listen(port, '127.0.0.1', resolve));
    await waitForServer(`http://127.0.0.1:${upstreamPort}/`, preview);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin: `http://127.0.0.1:${port}`, log, stop };
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', () => reject(new Error(`port ${port} is taken: set BENCH_PORT to a free pair of ports`)));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

async function waitForServer(url: string, child: ChildProcess, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro preview exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`astro preview did not answer on ${url} within ${timeoutMs / 1000} s`);
}
