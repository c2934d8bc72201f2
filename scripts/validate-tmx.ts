/**
 * Checks every TMX file of the built site the way translation tools will meet it:
 * `node scripts/validate-tmx.ts [distDir]` (default `dist`). Each must be valid against
 * the official TMX 1.4b DTD (xmllint), be read by translate-toolkit with the header's
 * source language, and hold one unit per two-sided link of the alignment's JSON, each
 * with a variant in both texts' languages. Exits 1 on any problem, or when a tool is missing.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkSiteTmx } from './lib/check-site-tmx.ts';

const distDir = process.argv[2] ?? 'dist';

try {
	const dir = join(distDir, 'data', 'alignments');
	const files = (await readdir(dir)).filter((file) => file.endsWith('.tmx')).sort();
	if (files.length === 0) throw new Error(`no .tmx files in ${dir}`);
	const problems: string[] = [];
	for (const file of files) {
		const [xml, json] = await Promise.all([
			readFile(join(dir, file), 'utf8'),
			readFile(join(dir, file.replace(/\.tmx$/, '.json')), 'utf8'),
		]);
		for (const problem of await checkSiteTmx(xml, JSON.parse(json), (id) =>
			readFile(join(distDir, 'data', 'texts', `${id}.json`), 'utf8'),
		)) {
			problems.push(`${file}: ${problem}`);
		}
	}
	for (const problem of problems) console.error(problem);
	if (problems.length > 0) {
		console.error(`validate-tmx: FAILED: ${files.length} files, ${problems.length} problems`);
		process.exit(1);
	}
	console.log(`validate-tmx: OK: ${files.length} files valid against the TMX 1.4b DTD and read by translate-toolkit`);
} catch (error) {
	console.error(`validate-tmx: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
}
