/**
 * Validates every page of the built site with html-validate:
 * `node scripts/validate-html.ts [distDir]` (default `dist`).
 * Prints `file:line:col  severity  message  (rule)` for each problem, exits 1
 * on any error, and prints a one-line summary otherwise.
 */
import { validateDist } from './lib/validate-dist.ts';

const distDir = process.argv[2] ?? 'dist';

try {
	const report = await validateDist(distDir);
	if (report.files === 0) {
		// An empty build must not pass as "valid".
		console.error(`validate-html: no .html files in ${distDir}`);
		process.exit(1);
	}
	for (const p of report.problems) {
		const line = `${p.file}:${p.line}:${p.column}  ${p.severity}  ${p.message}  (${p.ruleId})`;
		if (p.severity === 'error') console.error(line);
		else console.warn(line);
	}
	const counts = `${report.files} files, ${report.errors} errors, ${report.warnings} warnings`;
	if (report.errors > 0) {
		console.error(`validate-html: FAILED: ${counts}`);
		process.exit(1);
	}
	console.log(`validate-html: OK: ${counts}`);
} catch (error) {
	console.error(`validate-html: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
}
