/** The benchmarks' Chromium: the tests' one (scripts/lib/chromium.ts), launched headless by hand. */
import { CHROME_FLAGS as QUIET_FLAGS, CHROME_PATH } from '../lib/chromium.ts';

export { CHROME_PATH };

export const CHROME_FLAGS = ['--headless=new', ...QUIET_FLAGS];
