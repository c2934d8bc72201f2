import { describe, expect, it } from 'vitest';
import { parseRefreshUrl, parseSrcset } from '../../scripts/lib/url-attributes.ts';

describe('parseSrcset', () => {
	it('returns each candidate URL without its descriptor', () => {
		expect(parseSrcset('/a.png 1x, /b.png 2x')).toEqual(['/a.png', '/b.png']);
		expect(parseSrcset('/small.png 320w,/large.png 1024w')).toEqual(['/small.png', '/large.png']);
	});

	it('keeps commas inside a URL and strips the ones that end it', () => {
		expect(parseSrcset('/img,v=2.png 2x, /c.png')).toEqual(['/img,v=2.png', '/c.png']);
		expect(parseSrcset('/a.png,/b.png')).toEqual(['/a.png,/b.png']);
		expect(parseSrcset('/a.png, /b.png,')).toEqual(['/a.png', '/b.png']);
	});

	it('skips commas inside parenthesised descriptors and ignores blank input', () => {
		expect(parseSrcset('/a.png (x, y), /b.png')).toEqual(['/a.png', '/b.png']);
		expect(parseSrcset('  \n ')).toEqual([]);
	});
});

describe('parseRefreshUrl', () => {
	it('reads the URL in the forms Astro and people write', () => {
		expect(parseRefreshUrl('0;url=/texts/')).toBe('/texts/');
		expect(parseRefreshUrl("0; URL='/a b/'")).toBe('/a b/');
		expect(parseRefreshUrl('2, "/x"')).toBe('/x');
	});

	it('returns null when the page only reloads itself', () => {
		expect(parseRefreshUrl('30')).toBeNull();
		expect(parseRefreshUrl('0;')).toBeNull();
	});
});
