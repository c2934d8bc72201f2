/**
 * Keeps Pagefind's private markers in corpus text intact. Pagefind deletes anything
 * shaped like `___PAGEFIND_…` (its own sentinels for weights and anchors, followed by
 * one space) from every filter and metadata value it stores, so a sentence quoting one
 * would come back from the index without it. Each value is stored with a zero-width
 * non-joiner after `___PAGEFIND`, which Pagefind's pattern no longer sees, and read back
 * without it.
 *
 * Reversible for every string: `___PAGEFIND`, n non-joiners and `_` is stored with
 * n + 1 of them, so a text that already holds non-joiners there keeps them all.
 */
const ZWNJ = '\u200C';
const STORED = /___PAGEFIND(\u200C*)_/g;
const RESTORED = /___PAGEFIND\u200C(\u200C*)_/g;

/** A value as given to Pagefind. */
export function protectMarkers(value: string): string {
	return value.replace(STORED, (_, joiners: string) => `___PAGEFIND${joiners}${ZWNJ}_`);
}

/** A value as Pagefind returns it, back to what was given to `protectMarkers`. */
export function restoreMarkers(value: string): string {
	return value.replace(RESTORED, (_, joiners: string) => `___PAGEFIND${joiners}_`);
}
