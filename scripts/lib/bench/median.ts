/** The median of a non-empty list (the upper one of an even list). */
export function median(values: readonly number[]): number {
	if (values.length === 0) throw new Error('median of an empty list');
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
}
