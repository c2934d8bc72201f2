import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/lib/extract-links.ts';

const urls = (html: string) =>
	parsePage(html).links.map((link) => `${link.source} ${link.url} ${link.externalAllowed ? 'ext-ok' : 'same-origin'}`);

describe('parsePage', () => {
	it('collects links in document order, with entities decoded and whitespace trimmed', () => {
		expect(urls('<a href=" /a?x=1&amp;y=2 "><img src="/i.png" alt=""></a><a href="/b/">b</a>')).toEqual([
			'a[href] /a?x=1&y=2 ext-ok',
			'img[src] /i.png same-origin',
			'a[href] /b/ ext-ok',
		]);
	});

	it('lets only non-fetching <link> relations point to other sites', () => {
		expect(
			urls(
				'<link rel="canonical" href="/c/"><link rel="alternate stylesheet" href="/s.css"><link rel="icon" href="/i.svg"><link href="/none">',
			),
		).toEqual(['link[href] /c/ ext-ok', 'link[href] /s.css same-origin', 'link[href] /i.svg same-origin', 'link[href] /none same-origin']);
	});

	it('finds srcset, ping, form actions, meta refresh and SVG references', () => {
		const html = `<meta http-equiv="Refresh" content="0;url=/new/">
      <picture><source srcset="/a.webp 1x, /b.webp 2x"><img src="/a.png" alt=""></picture>
      <a href="/x/" ping="/p1 /p2">x</a>
      <form action="/search/"><button formaction="/other/">go</button></form><form action=""></form>
      <svg><use href="#dot"></use><use xlink:href="/sprite.svg#s"></use><a href="/svg-link/"><text>t</text></a></svg>`;
		expect(urls(html)).toEqual([
			'meta[http-equiv=refresh] /new/ same-origin',
			'source[srcset] /a.webp same-origin',
			'source[srcset] /b.webp same-origin',
			'img[src] /a.png same-origin',
			'a[href] /x/ ext-ok',
			'a[ping] /p1 same-origin',
			'a[ping] /p2 same-origin',
			'form[action] /search/ same-origin',
			'button[formaction] /other/ same-origin',
			'use[href] #dot same-origin',
			'use[href] /sprite.svg#s same-origin',
			'a[href] /svg-link/ ext-ok',
		]);
	});

	it('collects ids (also inside <template>) and <a name>, but not other names', () => {
		const { ids } = parsePage('<h1 id="t&eacute;te">x</h1><a name="old">o</a><input name="q"><template><p id="later">l</p></template>');
		expect([...ids].sort()).toEqual(['later', 'old', 'téte']);
	});

	it('reads the first <base href> only', () => {
		expect(parsePage('<base href="/sub/"><base href="/other/">').baseHref).toBe('/sub/');
		expect(parsePage('<p>no base</p>').baseHref).toBeNull();
	});
});
