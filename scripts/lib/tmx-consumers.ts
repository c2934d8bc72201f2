/**
 * TMX as other tools see it: libxml2's `xmllint` validates a document against the
 * official TMX 1.4b DTD (`tests/fixtures/tmx/tmx14.dtd`), and translate-toolkit, a
 * translation tool's own TMX reader, reads its units. Both are Debian packages
 * (`libxml2-utils`, `python3-translate`) that `.ci/run` installs where missing; a check
 * that needs one fails, naming the package, when it is not installed.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The official TMX 1.4b DTD, vendored with its notice. */
export const TMX_DTD = join(import.meta.dirname, '../../tests/fixtures/tmx/tmx14.dtd');

/**
 * The problems `xmllint --dtdvalid` finds in a TMX document: not well-formed, or not
 * valid against the TMX 1.4b DTD. Empty when the document is valid.
 * @throws {Error} when xmllint is not installed.
 */
export function validateTmx(xml: string): string[] {
	const run = spawnSync('xmllint', ['--noout', '--nonet', '--dtdvalid', TMX_DTD, '-'], { input: xml, encoding: 'utf8' });
	if (run.error) throw missingTool('xmllint', 'libxml2-utils', run.error);
	return run.status === 0 ? [] : run.stderr.split('\n').filter((line) => line.trim() !== '');
}

/** What translate-toolkit reads from a TMX document. */
export interface ToolkitReading {
	/** The header's source language, as the toolkit takes it. */
	sourceLanguage: string;
	/** Each unit's source and target text, in order. */
	units: { source: string; target: string | null }[];
}

// translate-toolkit's own TMX store: the source of a unit is its first variant.
const READ_TMX = `
import json, sys
from translate.storage import tmx
store = tmx.tmxfile.parsestring(sys.stdin.buffer.read())
units = [{"source": unit.source, "target": unit.target} for unit in store.units]
print(json.dumps({"sourceLanguage": store.sourcelanguage, "units": units}))
`;

// Debian's Python first: the package installs the library for it, not for a Python of
// one's own. TMX_PYTHON names another Python that has translate-toolkit.
const pythons = () => (process.env['TMX_PYTHON'] ? [process.env['TMX_PYTHON']] : ['/usr/bin/python3', 'python3']);

/**
 * A TMX document as translate-toolkit reads it.
 * @throws {Error} when translate-toolkit cannot be imported by any Python here, or cannot read the document.
 */
export function readTmxWithToolkit(xml: string): ToolkitReading {
	let failure = '';
	for (const python of pythons()) {
		const run = spawnSync(python, ['-c', READ_TMX], { input: xml, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
		if (run.error) continue;
		if (run.status === 0) return JSON.parse(run.stdout) as ToolkitReading;
		if (/ModuleNotFoundError: No module named 'translate'/.test(run.stderr)) continue;
		failure = run.stderr.trim();
		break;
	}
	if (failure) throw new Error(`translate-toolkit could not read the TMX document: ${failure}`);
	throw missingTool('translate-toolkit (Python)', 'python3-translate');
}

function missingTool(tool: string, debianPackage: string, cause?: Error): Error {
	return new Error(
		`${tool} is not installed: install the Debian package ${debianPackage} (apt-get install ${debianPackage}; .ci/run does so where it is missing)`,
		cause ? { cause } : undefined,
	);
}
