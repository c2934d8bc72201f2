/**
 * Serves the built site as a static host would, its `_headers` applied: `npm run preview`
 * and the browser tests use it.
 *
 *     node scripts/serve-dist.ts [--dir dist] [--port 4321] [--gzip]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startStaticServer } from './lib/static-server.ts';

const { values } = parseArgs({
	options: {
		dir: { type: 'string', default: 'dist' },
		port: { type: 'string', default: '4321' },
		gzip: { type: 'boolean', default: false },
	},
});
const server = await startStaticServer({ root: resolve(values.dir), port: Number(values.port), gzip: values.gzip });
console.log(`Serving ${values.dir}/ on ${server.origin}/`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void server.stop().then(() => process.exit(0)));
