/**
 * Core of `scripts/validate-html.ts`: runs html-validate over every built
 * page with the project's `.htmlvalidate.json`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import type { ConfigData } from 'html-validate';
import { listHtmlFiles } from './dist-pages.ts';

/** One html-validate message, with the file it is in. */
export interface HtmlProblem {
	/** Path relative to the current directory, so `file:line:col` is clickable. */
	file: string;
	line: number;
	column: number;
	severity: 'error' | 'warning';
	message: string;
	ruleId: string;
}

/** Files checked, every problem found, and how many of them are errors. */
export interface ValidationReport {
	files: number;
	errors: number;
	warnings: number;
	problems: HtmlProblem[];
}

/** The project's config, two folders up from this file. */
export const PROJECT_CONFIG = path.resolve(import.meta.dirname, '../../.htmlvalidate.json');

/**
 * Validates every `.html` file under `distDir`. The project config is the
 * global default, so a dist folder outside the project (a test fixture in a
 * temp dir) is judged by the same rules as `dist/`; `.htmlvalidate.json`
 * files found next to the pages still apply on top, as html-validate does.
 */
export async function validateDist(distDir: string, configFile = PROJECT_CONFIG): Promise<ValidationReport> {
	const config = JSON.parse(readFileSync(configFile, 'utf8')) as ConfigData;
	const validator = new HtmlValidate(new FileSystemConfigLoader(config));
	const files = listHtmlFiles(distDir);
	const report: ValidationReport = { files: files.length, errors: 0, warnings: 0, problems: [] };
	for (const file of files) {
		const filePath = path.join(distDir, file);
		const result = await validator.validateFile(filePath);
		report.errors += result.errorCount;
		report.warnings += result.warningCount;
		for (const message of result.results.flatMap((r) => r.messages)) {
			report.problems.push({
				file: path.relative(process.cwd(), filePath),
				line: message.line,
				column: message.column,
				severity: message.severity === 2 ? 'error' : 'warning',
				message: message.message,
				ruleId: message.ruleId,
			});
		}
	}
	return report;
}
