import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const TMX =
	'<?xml version="1.0"?><tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/><body/></tmx>';

/** Runs one consumer in a child process whose environment lacks the tools. */
function runWithout(call: 'validateTmx' | 'readTmxWithToolkit', env: Record<string, string>) {
	const script = `import { ${call} } from './scripts/lib/tmx-consumers.ts'; try { ${call}(${JSON.stringify(TMX)}); console.log('ran'); } catch (error) { console.log(error.message); }`;
	return spawnSync(process.execPath, ['--input-type=module', '-e', script], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, ...env },
	}).stdout;
}

describe('the TMX consumers', () => {
	it('fail with a message naming the Debian package when xmllint is missing, never pass', () => {
		expect(runWithout('validateTmx', { PATH: '/nonexistent' })).toContain(
			'xmllint is not installed: install the Debian package libxml2-utils (apt-get install libxml2-utils',
		);
	});

	it('fail with a message naming the Debian package when translate-toolkit is missing', () => {
		expect(runWithout('readTmxWithToolkit', { TMX_PYTHON: '/nonexistent/python3' })).toContain(
			'translate-toolkit (Python) is not installed: install the Debian package python3-translate',
		);
	});

	it('run when the tools are there', () => {
		expect(runWithout('validateTmx', {})).toBe('ran\n');
		expect(runWithout('readTmxWithToolkit', {})).toBe('ran\n');
	});
});
