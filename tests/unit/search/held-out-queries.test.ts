/**
 * The realistic queries of tests/fixtures/search/queries.yaml, run through the engine
 * over the default corpus. Each part's pass rate is printed and must stay at least the
 * rate the README reports; every failing query is listed, so a regression names itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { SearchEngine } from '../../../src/search/search-engine.ts';
import { corpusEngine, projectRoot, sentenceOf } from './corpus-engine.ts';

interface Case {
	query: string;
	texts?: string[];
	missing?: string;
	/** An expectation found wrong after the first run, and corrected (the fixture says which). */
	corrected?: boolean;
}
const fixture = parse(readFileSync(join(projectRoot, 'tests/fixtures/search/queries.yaml'), 'utf8')) as Record<'tune' | 'heldOut', Case[]>;

/** The pass rates the README reports, in percent: lowering one is a regression to explain. */
const REPORTED = { tune: 100, heldOut: 96 };

let engine: SearchEngine;
beforeAll(async () => {
	({ engine } = await corpusEngine());
});

/** Why a case fails, or null when it passes. */
async function check({ query, texts, missing }: Case): Promise<string | null> {
	const outcome = await engine.search(query);
	const sentences = await Promise.all(outcome.hits.map((hit) => sentenceOf(engine, hit.record)));
	const found = [...new Set(sentences.map((sentence) => sentence.split(' ')[0]!))].sort();
	if (missing !== undefined) {
		return outcome.hits.length === 0 && outcome.missing.includes(missing)
			? null
			: `${query}: expected “${missing}” missing, found ${found.join(' ') || 'nothing'}`;
	}
	const expected = [...(texts ?? [])].sort();
	return JSON.stringify(found) === JSON.stringify(expected)
		? null
		: `${query}: expected ${expected.join(' ')}, found ${found.join(' ') || `nothing (missing: ${outcome.missing.join(', ')})`}`;
}

describe('held-out queries', () => {
	for (const part of ['tune', 'heldOut'] as const) {
		it(`passes at least ${REPORTED[part]}% of the ${part} part`, async () => {
			const failures = (await Promise.all(fixture[part].map(check))).filter((failure) => failure !== null);
			const rate = (100 * (fixture[part].length - failures.length)) / fixture[part].length;
			console.log(
				`${part}: ${fixture[part].length - failures.length}/${fixture[part].length} (${rate.toFixed(0)}%)${failures.map((f) => `\n  ✗ ${f}`).join('')}`,
			);
			expect(rate, failures.join('\n')).toBeGreaterThanOrEqual(REPORTED[part]);
		});
	}
});
