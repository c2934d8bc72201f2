import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FullResult, TestCase, TestError } from '@playwright/test/reporter';
import SummaryReporter from '../e2e/helpers/summary-reporter.ts';

const testWith = (outcome: ReturnType<TestCase['outcome']>) => ({ outcome: () => outcome }) as TestCase;
const ended = (status: FullResult['status']) => ({ status }) as FullResult;

function lastLine(feed: (reporter: SummaryReporter) => void): string {
	const log = vi.spyOn(console, 'log').mockImplementation(() => {});
	const reporter = new SummaryReporter();
	feed(reporter);
	return String(log.mock.calls.at(-1)?.[0]);
}

afterEach(() => vi.restoreAllMocks());

describe('SummaryReporter', () => {
	it('prints the counts of final outcomes', () => {
		const line = lastLine((r) => {
			for (const outcome of ['expected', 'expected', 'unexpected', 'skipped'] as const) r.onTestEnd(testWith(outcome));
			r.onEnd(ended('failed'));
		});
		expect(line).toBe('playwright: 2 passed, 1 failed, 1 skipped');
	});

	it('counts errors outside tests as failures', () => {
		const line = lastLine((r) => {
			r.onError({ message: 'no .html pages in dist' } as TestError);
			r.onEnd(ended('failed'));
		});
		expect(line).toBe('playwright: 0 passed, 1 failed, 0 skipped');
	});

	it('never prints an all-clear for a run that did not pass', () => {
		const line = lastLine((r) => {
			r.onTestEnd(testWith('expected'));
			r.onEnd(ended('interrupted'));
		});
		expect(line).toBe('playwright: 1 passed, 1 failed, 0 skipped');
	});
});
