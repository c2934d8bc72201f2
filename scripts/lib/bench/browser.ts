/**
 * The benchmarks' Chromium: the tests' one (scripts/lib/chromium.ts), headless, driven
 * by playwright-core, or started by hand (chrome-launcher, for Lighthouse) with
 * `HEADLESS_FLAGS`.
 */
import { chromium, type Browser } from 'playwright-core';
import { CHROME_FLAGS, CHROME_PATH } from '../chromium.ts';

export { CHROME_PATH };

export const HEADLESS_FLAGS = ['--headless=new', ...CHROME_FLAGS];

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROME_PATH, args: CHROME_FLAGS });
}
