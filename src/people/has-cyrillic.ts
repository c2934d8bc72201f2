/** Whether a query has a Cyrillic letter, and so needs `transliterate-query.ts`. */
export function hasCyrillic(query: string): boolean {
	return /\p{Script=Cyrillic}/u.test(query);
}
