/**
 * `npm run build`: builds the whole site, pages and search index, into a fresh folder,
 * and puts it in place of the output folder only once every step has succeeded.
 *
 *     node scripts/build-site.ts [--outDir dist]
 *
 * A build that fails, or is killed, at any step (a page that cannot be written, the
 * search index) leaves the previous site exactly as it was: the work happens in
 * `<outDir>.next/`, and the swap is two renames. A `.next` folder left by a killed build
 * is removed by the next one; so is the previous site once the new one is in place.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { siteBuildSteps } from './lib/site-build-steps.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const outDir = resolve(root, values.outDir);
const next = `${outDir}.next`;
const previous = `${outDir}.previous`;

/** Runs a step in its own process, its output passed through; resolves to its exit code. */
function run(args: string[]): Promise<number> {
	return new Promise((done) => {
		const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
		const stop = () => child.kill('SIGTERM');
		process.once('SIGINT', stop).once('SIGTERM', stop);
		child.on('exit', (code, signal) => {
			process.off('SIGINT', stop).off('SIGTERM', stop);
			done(code ?? (signal ? 128 : 1));
		});
	});
}

// A swap interrupted between its two renames left the site in `.previous`: put it back.
if (!existsSync(outDir) && existsSync(previous)) await rename(previous, outDir);
await rm(next, { recursive: true, force: true });
await rm(previous, { recursive: true, force: true });

for (const step of siteBuildSteps(root, next)) {
	const code = await run(step);
	if (code !== 0) {
		await rm(next, { recursive: true, force: true });
		console.error(`The build failed; ${existsSync(outDir) ? `${values.outDir}/ is left as it was` : `there is no ${values.outDir}/`}.`);
		process.exit(code);
	}
}
if (existsSync(outDir)) await rename(outDir, previous);
await rename(next, outDir);
await rm(previous, { recursive: true, force: true });
console.log(`Built into ${values.outDir}/.`);
