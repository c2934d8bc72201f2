import type { TextEntry, TextKind } from '../corpus/schema.ts';
import { languageName } from '../corpus/languages.ts';

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
