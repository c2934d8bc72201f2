import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../scripts/scale/generate-corpus.ts';

const root = mkdtempSync(join(tmpdir(), 'generated-corpus-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every file of a generated corpus with its bytes. */
async function generate(name: string, texts: number, seed: number): Promise<Map<string, string>> {
	const dir = join(root, name);
	await generateCorpus({ texts, outDir: dir, seed });
	return new Map(readdirSync(dir).map((file) => [file, readFileSync(join(dir, file), 'utf8')]));
}

const textFiles = (corpus: Map<string, string>) => [...corpus.keys()].filter((file) => file.endsWith('.txt')).sort();

describe('generateCorpus', () => {
	it('writes the same bytes for the same seed, and another corpus for another seed', async () => {
		const [once, again, other] = [await generate('once', 12, 1), await generate('again', 12, 1), await generate('other', 12, 2)];
		expect(textFiles(once)).toHaveLength(12);
		expect(again).toEqual(once);
		expect(textFiles(other)).not.toEqual(textFiles(once));
	});

	it('makes a smaller corpus a prefix of a larger one, but for its last two reviews', async () => {
		const [small, large] = [await generate('small', 12, 1), await generate('large', 30, 1)];
		// The review of each text, in file order (the manifest lists the texts in that order).
		const reviews = [...small.get('corpus.yaml')!.matchAll(/review: (r\d+)/g)].map((match) => match[1]!);
		const lastTwo = new Set(reviews.slice(-1).concat(reviews.filter((review) => review !== reviews.at(-1)).slice(-1)));
		const kept = textFiles(small).filter((_, i) => !lastTwo.has(reviews[i]!));
		expect(kept.length).toBeGreaterThan(0);
		expect(textFiles(large).slice(0, kept.length)).toEqual(kept);
	});
});
