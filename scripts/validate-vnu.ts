/**
 * Checks every page of a built site with the W3C Nu HTML Checker, the reference HTML
 * parser (`vnu-jar`, run on the machine's Java): it reports what browsers repair without
 * a word, such as a `<script>` after `</html>`, which html-validate does not parse for.
 *
 *     node scripts/validate-vnu.ts [dist]
 *
 * Exit status 0 when no page has an error, 1 otherwise (each error printed as
 * file:line:column), 2 when Java or the checker cannot run.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative, resolve } from 'node:path';

// The jar itself: its package's postinstall would fetch a Java from the web (refused in allowScripts).
const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

const dist = resolve(process.argv[2] ?? 'dist');
const result = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--skip-non-html', '--format', 'json', dist], {
	encoding: 'utf8',
	maxBuffer: 64 * 1024 * 1024,
});
if (result.error || (result.status !== 0 && !result.stderr.trim().startsWith('{'))) {
	console.error(`validate-vnu: the checker could not run (${result.error?.message ?? result.stderr.trim()}).`);
	console.error('It needs Java: on Debian, apt-get install default-jre-headless (.ci/run installs it).');
	process.exit(2);
}
// vnu writes its JSON report on stderr.
const { messages } = JSON.parse(result.stderr) as {
	messages: { type: string; url?: string; lastLine?: number; firstColumn?: number; message: string }[];
};
const errors = messages.filter((message) => message.type === 'error');
for (const error of errors) {
	const file = error.url ? relative(process.cwd(), new URL(error.url).pathname) : '(unknown file)';
	console.error(`${file}:${error.lastLine ?? 0}:${error.firstColumn ?? 0}  ${error.message}`);
}
const pages = spawnSync('find', [dist, '-name', '*.html'], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean).length;
console.log(`validate-vnu: ${errors.length === 0 ? 'OK' : 'FAILED'}: ${pages} pages, ${errors.length} errors`);
process.exit(errors.length === 0 ? 0 : 1);
