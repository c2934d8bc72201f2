/**
 * Lighthouse's four scores for each page, with its default configuration: a mobile
 * device with simulated throttling (slow 4G, 4× CPU slowdown). Each page gets one run
 * in a Chromium of its own (chrome-launcher, as the Lighthouse CLI does). The full
 * reports are kept in bench/out/lighthouse/ to read an audit's details.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROME_PATH, HEADLESS_FLAGS } from '../lib/bench/browser.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface FailedAudit {
	category: Category;
	id: string;
	title: string;
	score: number;
	displayValue?: string;
	/** The first few items of the audit's details (the offending URLs, nodes or messages). */
	items: string[];
}

export interface LighthouseResult {
	path: string;
	scores: Record<Category, number>;
	/** Every weighted audit that did not score 1: why a category is below 100. */
	failed: FailedAudit[];
	lighthouseVersion: string;
}

export async function runLighthouse(origin: string, paths: readonly string[], reportDir: string): Promise<LighthouseResult[]> {
	await mkdir(reportDir, { recursive: true });
	const results: LighthouseResult[] = [];
	for (const pagePath of paths) {
		const chrome = await launch({ chromePath: CHROME_PATH, chromeFlags: HEADLESS_FLAGS, logLevel: 'silent' });
		try {
			const run = await lighthouse(origin + pagePath, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: [...CATEGORIES],
			});
			if (!run) throw new Error(`Lighthouse returned nothing for ${pagePath}`);
			const { lhr } = run;
			if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${pagePath}: ${lhr.runtimeError.message}`);
			const slug = pagePath.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home';
			await writeFile(path.join(reportDir, `${slug}.json`), JSON.stringify(lhr, null, 1));
			const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)])) as Record<
				Category,
				number
			>;
			results.push({ path: pagePath, scores, failed: failedAudits(lhr), lighthouseVersion: lhr.lighthouseVersion });
		} finally {
			chrome.kill();
		}
	}
	return results;
}

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

function failedAudits(lhr: Lhr): FailedAudit[] {
	const failed: FailedAudit[] = [];
	for (const category of CATEGORIES) {
		for (const ref of lhr.categories[category]?.auditRefs ?? []) {
			const audit = lhr.audits[ref.id];
			if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
			failed.push({
				category,
				id: audit.id,
				title: audit.title,
				score: audit.score,
				...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
				items: detailItems(audit.details),
			});
		}
	}
	return failed;
}

/** A short line per item: the fields that say what failed, whichever the audit has. */
function detailItems(details: unknown): string[] {
	const items = (details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
	return items.slice(0, 5).map((item) => {
		const node = item['node'] as { snippet?: string; nodeLabel?: string } | undefined;
		const source = item['source'] as { url?: string } | string | undefined;
		const parts = [
			item['description'],
			item['url'],
			typeof source === 'string' ? source : source?.url,
			node?.snippet,
			node?.nodeLabel,
		].filter((part): part is string => typeof part === 'string' && part !== '');
		return parts.join(' — ').slice(0, 300);
	});
}
