/**
 * The search page's script. It loads nothing until a search starts: the index's
 * manifest and the names index when the field gets focus or the URL holds a query, then
 * only the shards and review files each search needs.
 *
 * Keyboard: after a search the reader asked for (Enter, or a query in the URL from the
 * header's field), focus moves to the results heading, which the status describes; the
 * Down arrow goes from the field to the first result, and Up and Down move between
 * results (Up from the first goes back to the field).
 */
import type { Hit } from './find-hits.ts';
import type { ReviewFile } from './index-format.ts';
import { personCard, statusContent, suggestionsNote } from './render-notes.ts';
import { appendResults } from './render-results.ts';
import { countFacets, filterHits, orderHits, placeOf, type FacetCounts } from './result-groups.ts';
import { createSearchEngine, type PersonInfo, type SearchEngine } from './search-engine.ts';
import { fetchFrom, SearchIndex } from './search-index.ts';
import { readSearchState, searchParams, type SearchState } from './search-state.ts';

// Ten sentences at a time, each with its translations: one page of reading.
const PAGE_SIZE = 10;
// Long enough to skip searches between keys of a fast typist, short enough not to be felt.
const TYPING_PAUSE_MS = 40;
// While typing, one letter is noise: it is searched when the reader asks (Enter).
const MIN_TYPED_LENGTH = 2;

const root = document.querySelector<HTMLElement>('[data-search-app]')!;
const form = root.querySelector<HTMLFormElement>('form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const heading = root.querySelector<HTMLElement>('#results-heading')!;
const status = root.querySelector<HTMLElement>('[data-search-status]')!;
const notes = root.querySelector<HTMLElement>('[data-search-notes]')!;
const list = root.querySelector<HTMLElement>('[data-search-results]')!;
const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
const facets: Record<string, string[]> = {};
for (const box of checkboxes) (facets[box.name] ??= []).push(box.value);

let engine: Promise<SearchEngine> | undefined;
const loadEngine = () =>
	(engine ??= (async () => {
		const peopleUrl = root.dataset['people'];
		const [index, people] = await Promise.all([
			SearchIndex.open(fetchFrom(root.dataset['index']!)),
			peopleUrl ? fetch(peopleUrl).then((response) => response.json() as Promise<{ people: PersonInfo[] }>) : { people: [] },
		]);
		return createSearchEngine(index, people.people);
	})());

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

function showCounts(counts: FacetCounts) {
	for (const box of checkboxes) {
		box.parentElement!.querySelector('[data-count]')!.textContent = `(${counts[box.name]?.[box.value] ?? 0})`;
	}
}

const searchUrlOf = (query: string) => `?${new URLSearchParams({ q: query })}`;

function clear(message: string) {
	list.replaceChildren();
	notes.replaceChildren();
	more.hidden = true;
	status.textContent = message;
}

/**
 * Searches the form's state.
 * @param typed Started by typing: the last word also matches as a beginning, and focus stays in the field.
 */
async function update({ typed = false } = {}) {
	const state = currentState();
	const query = searchParams(state).toString();
	history.replaceState(null, '', query ? `?${query}` : location.pathname);
	const run = ++latest;
	if (!state.query || (typed && state.query.length < MIN_TYPED_LENGTH)) {
		clear(state.query ? 'Type one more letter, or press Enter to search for this one.' : 'Type a word, a name, or a "quoted phrase".');
		return;
	}
	let ready: SearchEngine;
	let outcome: Awaited<ReturnType<SearchEngine['search']>>;
	try {
		ready = await loadEngine();
		outcome = await ready.search(state.query, { typing: typed });
	} catch (error) {
		if (run === latest) clear(`Search could not run: ${error instanceof Error ? error.message : String(error)}`);
		return;
	}
	if (run !== latest) return;
	const { manifest } = ready.index;
	const hits = orderHits(filterHits(outcome.hits, state.selection, manifest), manifest);
	const byRecord = new Map(outcome.hits.map((hit): [number, Hit] => [hit.record, hit]));
	const reviews = new Map<string, ReviewFile>();
	let shown = 0;
	const showMore = async () => {
		const page = hits.slice(shown, shown + PAGE_SIZE);
		const ids = [...new Set(page.map((hit) => manifest.reviews[manifest.texts[placeOf(hit.record, manifest.texts).text]!.review]!.id))];
		await Promise.all(ids.map(async (id) => reviews.set(id, await ready.index.review(id))));
		if (run !== latest) return;
		shown += page.length;
		more.hidden = shown >= hits.length;
		appendResults(list, page, { manifest, reviews, hits: byRecord });
	};
	pending = showMore;
	notes.replaceChildren(...outcome.persons.slice(0, 3).map(personCard));
	list.replaceChildren();
	await showMore();
	if (run !== latest) return;
	showCounts(countFacets(outcome.hits, state.selection, facets, manifest));
	status.replaceChildren(
		...statusContent(outcome.searched === state.query ? state.query : `${state.query} (${outcome.searched})`, hits.length, outcome.missing),
	);
	if (!typed) heading.focus();
	if (outcome.missing.length > 0) {
		const { suggestWords } = await import('./suggest-words.ts');
		const suggestions = await Promise.all(outcome.missing.map((word) => suggestWords(word, ready.index, ready.people)));
		const note = run === latest ? suggestionsNote(state.query, suggestions, searchUrlOf) : undefined;
		if (note) notes.append(note);
	}
}

let typing: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('focus', () => void loadEngine(), { once: true });
input.addEventListener('input', () => {
	clearTimeout(typing);
	// A search still running for the words before this key must not show its results.
	latest++;
	typing = setTimeout(() => void update({ typed: true }), TYPING_PAUSE_MS);
});
form.addEventListener('submit', (event) => {
	event.preventDefault();
	clearTimeout(typing);
	void update();
});
for (const box of checkboxes) box.addEventListener('change', () => void update({ typed: true }));
more.addEventListener('click', () => void pending?.());

const resultLinks = () => [...list.querySelectorAll<HTMLAnchorElement>('.result-link')];
input.addEventListener('keydown', (event) => {
	if (event.key !== 'ArrowDown') return;
	const first = resultLinks()[0];
	if (!first) return;
	event.preventDefault();
	first.focus();
});
list.addEventListener('keydown', (event) => {
	if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
	const links = resultLinks();
	const at = links.indexOf(document.activeElement as HTMLAnchorElement);
	if (at < 0) return;
	event.preventDefault();
	const next = event.key === 'ArrowDown' ? links[at + 1] : links[at - 1];
	(next ?? (event.key === 'ArrowUp' ? input : links[at]!)).focus();
});

// The page says search needs a script until the script runs; then it shows its own parts.
for (const note of root.querySelectorAll<HTMLElement>('[data-without-script]')) note.hidden = true;
for (const part of root.querySelectorAll<HTMLElement>('[data-needs-script]')) part.hidden = false;
showState(readSearchState(new URLSearchParams(location.search), Object.keys(facets)));
if (input.value) void update();
