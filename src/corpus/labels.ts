import type { TextEntry, TextKind } from './schema.ts';
import { languageName } from './languages.ts';

const KIND_LABELS: Record<TextKind, string> = {
	original: 'Original',
	rewrite: 'Machine rewrite',
	translation: 'Translation',
};

/** How readers see a kind: `rewrite` → "Machine rewrite". */
export function kindLabel(kind: TextKind): string {
	return KIND_LABELS[kind];
}

/** A short description of a variant: "Spanish translation", "English original". */
export function variantLabel(text: Pick<TextEntry, 'kind' | 'lang'>): string {
	if (text.kind === 'rewrite') return `${languageName(text.lang)} machine rewrite`;
	return `${languageName(text.lang)} ${kindLabel(text.kind).toLowerCase()}`;
}

/**
 * The name of each version of a review, for the links between them: its `variantLabel`
 * ("Spanish translation"), or its title where two versions would read alike.
 */
export function versionLabels(
	reviewTexts: readonly { id: string; data: Pick<TextEntry, 'kind' | 'lang' | 'title'> }[],
): Map<string, string> {
	const counts = new Map<string, number>();
	for (const text of reviewTexts) counts.set(variantLabel(text.data), (counts.get(variantLabel(text.data)) ?? 0) + 1);
	return new Map(
		reviewTexts.map((text) => [text.id, counts.get(variantLabel(text.data))! > 1 ? text.data.title : variantLabel(text.data)]),
	);
}
