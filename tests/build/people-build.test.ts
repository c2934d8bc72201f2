import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from './build-corpus.ts';

const fixtures = join(import.meta.dirname, '../fixtures/corpora');

// Real builds: the names pages of a corpus with a people.yaml, and of one without.
describe('building the names index', () => {
	it('publishes a page per person, mentions linked on the reading pages, and people.json', () => {
		const { status, output, outDir } = buildCorpus(join(fixtures, 'people'));
		expect(status, output).toBe(0);
		const read = (path: string) => readFileSync(join(outDir, path), 'utf8');

		const reading = read('texts/r-en/index.html');
		expect(reading).toContain(
			'<a class="mention" href="/people/boris/">Boris</a> meets <a class="mention" href="/people/veronika/">Veronica</a>',
		);
		expect(read('texts/r-en/source/index.html')).toContain('<a class="mention" href="/people/boris/">boris</a> meets');
		expect(read('texts/r-es/index.html')).toContain('<a class="mention" href="/people/veronika/">Verónica</a>');

		const index = read('people/index.html');
		expect([...index.matchAll(/<h2 id="([^"]+)"/g)].map((match) => match[1])).toEqual(['directors', 'cast', 'characters']);
		expect(index).toContain('<a href="/people/kalatozov/">Mikhail Kalatozov</a>');

		const veronika = read('people/veronika/index.html');
		expect(veronika).toContain('<dt>Played by</dt><dd><a href="/people/samoilova/">Tatyana Samoilova</a></dd>');
		expect(veronika).toContain('4 mentions in 2 texts');
		expect(veronika).toContain('<a href="/texts/r-es/#s2">');
		expect(read('people/samoilova/index.html')).toContain('<a href="/people/veronika/">Veronika</a>');
		expect(read('people/kalatozov/index.html')).toContain('No text of this corpus mentions Mikhail Kalatozov.');

		const data = JSON.parse(read('data/people.json'));
		expect(data.people.map((person: { id: string; mentions: number }) => [person.id, person.mentions])).toEqual([
			['veronika', 4],
			['boris', 4],
			['samoilova', 0],
			['kalatozov', 0],
		]);
	});

	it('builds a corpus without people.yaml: a names page that says so, and no people', () => {
		const { status, output, outDir } = buildCorpus(join(fixtures, 'valid'));
		expect(status, output).toBe(0);
		expect(readFileSync(join(outDir, 'people/index.html'), 'utf8')).toContain('This corpus has no names index');
		expect(JSON.parse(readFileSync(join(outDir, 'data/people.json'), 'utf8'))).toEqual({ people: [] });
		expect(readFileSync(join(outDir, 'texts/r-en/index.html'), 'utf8')).not.toContain('class="mention"');
		expect(existsSync(join(outDir, 'people/r-en'))).toBe(false);
	});
});
