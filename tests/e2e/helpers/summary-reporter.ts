/**
 * Playwright reporter that ends the run with one plain line,
 * `playwright: N passed, N failed, N skipped`, which CI logs and tools that
 * read a run's last line understand whatever the runner.
 */
import type { FullResult, Reporter, TestCase, TestError } from '@playwright/test/reporter';

/** Counts final test outcomes and prints them as the very last line. */
export default class SummaryReporter implements Reporter {
	passed = 0;
	failed = 0;
	skipped = 0;

	onTestEnd(test: TestCase): void {
		// Called once per attempt; the run has retries 0, so once per test.
		const outcome = test.outcome();
		if (outcome === 'skipped') this.skipped++;
		else if (outcome === 'unexpected') this.failed++;
		else this.passed++;
	}

	/** Errors outside any test (a spec that throws on load, a server that won't start) fail the run too. */
	onError(_error: TestError): void {
		this.failed++;
	}

	onEnd(result: FullResult): void {
		// A run that failed or was interrupted with nothing counted must not read as all-clear.
		if (result.status !== 'passed' && this.failed === 0) this.failed++;
		console.log(`playwright: ${this.passed} passed, ${this.failed} failed, ${this.skipped} skipped`);
	}

	printsToStdio(): boolean {
		return true;
	}
}
