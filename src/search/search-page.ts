/**
 * The search page's script. It loads nothing heavy until a search starts: Pagefind's
 * bundles are fetched when the field gets focus or the URL already holds a query.
 */
import type { SupportedLanguage } from '../corpus/languages.ts';
import { openSearchEngine, type SearchEngine, type SearchOutcome } from './search-engine.ts';
import { renderResult } from './render-results.ts';
import { readSearchState, searchParams, type SearchState } from './search-state.ts';

// Each result's data is a request (about 0.5 KB): ten keep a first search light.
const PAGE_SIZE = 10;
// Long enough to skip searches between keys of a fast typist, short enough not to be felt.
const TYPING_PAUSE_MS = 40;
// While typing, one letter finds every sentence with a word that starts with it: noise,
// and a page of results to download. It is searched when the reader asks (Enter).
const MIN_TYPED_LENGTH = 2;

const root = document.querySelector<HTMLElement>('[data-search-app]')!;
const form = root.querySelector<HTMLFormElement>('form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = root.querySelector<HTMLElement>('[data-search-status]')!;
const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
const facets: Record<string, string[]> = {};
for (const box of checkboxes) (facets[box.name] ??= []).push(box.value);

let engine: Promise<SearchEngine> | undefined;
const loadEngine = () =>
	(engine ??= openSearchEngine(
		root.dataset['bundles']!.split(' '),
		root.dataset['analyzers']!.split(' ') as SupportedLanguage[],
		root.dataset['people'] || null,
	));

let latest = 0;
let pending: (() => Promise<void>) | undefined;

function currentState(): SearchState {
	const selection: Record<string, string[]> = {};
	for (const facet of Object.keys(facets)) {
		selection[facet] = checkboxes.filter((box) => box.name === facet && box.checked).map((box) => box.value);
	}
	return { query: input.value.trim(), selection };
}

function showState(state: SearchState) {
	input.value = state.query;
	for (const box of checkboxes) box.checked = state.selection[box.name]?.includes(box.value) ?? false;
}

function showCounts(counts: Record<string, Record<string, number>>) {
	for (const box of checkboxes) {
		const count = counts[box.name]?.[box.value] ?? 0;
		box.parentElement!.querySelector('[data-count]')!.textContent = `(${count})`;
	}
}

/** Searches the form's state; `typed` when started by typing, not by the reader asking. */
async function update({ typed = false } = {}) {
	const state = currentState();
	const query = searchParams(state).toString();
	history.replaceState(null, '', query ? `?${query}` : location.pathname);
	const run = ++latest;
	if (!state.query || (typed && state.query.length < MIN_TYPED_LENGTH)) {
		list.replaceChildren();
		more.hidden = true;
		status.textContent = state.query
			? 'Type one more letter, or press Enter to search for this one.'
			: 'Type a word, a name, or a "quoted phrase".';
		return;
	}
	let loaded: SearchEngine;
	let outcome: SearchOutcome;
	try {
		loaded = await loadEngine();
		outcome = await loaded.search(state.query, state.selection);
	} catch (error) {
		status.textContent = `Search could not run: ${error instanceof Error ? error.message : String(error)}`;
		return;
	}
	if (run !== latest) return;
	const { results } = outcome;
	let shown = 0;
	const showMore = async () => {
		const next = results.slice(shown, shown + PAGE_SIZE).map((result) => result.data());
		shown += next.length;
		more.hidden = shown >= results.length;
		// Each result goes on the page as soon as it and the ones before it have loaded.
		for (const data of next) {
			const item = renderResult(await data);
			if (run !== latest) return;
			list.append(item);
		}
	};
	pending = showMore;
	list.replaceChildren();
	await showMore();
	// Counts come last: they take a search per filter value, and nobody waits for them.
	const counts = await loaded.countFacets(outcome, state.selection, facets);
	if (run !== latest) return;
	showCounts(counts);
	const others = outcome.alternatives.slice(1);
	const spelled = others.length > 0 ? ` Also searched: ${others.join(', ')}.` : '';
	status.textContent =
		results.length === 0
			? `No sentence matches “${state.query}”. Try another spelling, fewer words, or browse the names index and the texts.`
			: `${results.length} ${results.length === 1 ? 'sentence matches' : 'sentences match'} “${state.query}”.${spelled}`;
}

let typing: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('focus', () => void loadEngine(), { once: true });
input.addEventListener('input', () => {
	clearTimeout(typing);
	// A search still running for the words before this key must not show its results.
	latest++;
	// Fetch the index chunks the words need during the pause, not after it.
	if (engine && input.value.trim()) void engine.then((ready) => ready.preload(input.value.trim()));
	typing = setTimeout(() => void update({ typed: true }), TYPING_PAUSE_MS);
});
form.addEventListener('submit', (event) => {
	event.preventDefault();
	clearTimeout(typing);
	void update();
});
for (const box of checkboxes) box.addEventListener('change', () => void update());
more.addEventListener('click', () => void pending?.());

// The page says search needs a script until the script runs; then it shows its own parts.
for (const note of root.querySelectorAll<HTMLElement>('[data-without-script]')) note.hidden = true;
for (const part of root.querySelectorAll<HTMLElement>('[data-needs-script]')) part.hidden = false;
showState(readSearchState(new URLSearchParams(location.search), Object.keys(facets)));
if (input.value) void update();
