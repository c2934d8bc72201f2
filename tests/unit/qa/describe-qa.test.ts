import { describe, expect, it } from 'vitest';
import { QaReportSchema } from '../../../src/qa/index.ts';
import { describeQa } from '../../../src/site/corpus-data.ts';
import type { PairQa } from '../../../src/site/get-qa.ts';

describe('describeQa (/data/qa/<source>--<target>.json)', () => {
	it('publishes each finding’s check, sentences, side, words and message, and not where pages mark it', () => {
		const qa = {
			alignment: { source: { id: 'a-en' }, target: { id: 'a-es' } },
			findings: [
				{
					check: 'untranslated',
					source: ['s7'],
					target: ['s10'],
					side: 'target',
					text: 'wartime',
					message: '“wartime” is English.',
					link: 6,
					at: { sentence: 's10', start: 12, end: 19 },
				},
			],
		} as unknown as PairQa;
		const report = describeQa(qa);
		expect(report).toEqual({
			source: 'a-en',
			target: 'a-es',
			findings: [
				{ check: 'untranslated', source: ['s7'], target: ['s10'], side: 'target', text: 'wartime', message: '“wartime” is English.' },
			],
		});
		expect(QaReportSchema.parse(report)).toEqual(report);
		expect(JSON.stringify(report)).toBe(
			'{"source":"a-en","target":"a-es","findings":[{"check":"untranslated","source":["s7"],"target":["s10"],"side":"target","text":"wartime","message":"“wartime” is English."}]}',
		);
	});
});
