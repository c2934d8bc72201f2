/**
 * The search page's script. It loads nothing until a search starts: the index's
 * manifest (and those of the other parts of a corpus built in parts) and the names
 * index when the field gets focus or the URL holds a query, then only the shards,
 * blocks, chunks and review files each search needs.
 *
 * Keyboard: after a search the reader asked for (Enter, or a query in the URL from the
 * header's field), focus moves to the results heading, which the status describes; the
 * Down arrow goes from the field to the first result, and Up and Down move between
 * results (Up from the first goes back to the field).
 */
import { personCard, statusContent, suggestionsNote } from './render-notes.ts';
import { appendResults } from './render-results.ts';
import { ResultFeed } from './result-feed.ts';
import { FacetBoxes, MAX_REVIEW_OPTIONS } from './facet-boxes.ts';
import { createSearchEngine, type PersonInfo, type SearchEngine, type SearchOutcome } from './search-engine.ts';
import { SearchIndex } from './search-index.ts';
import { readSearchState, searchParams, type SearchState } from './search-state.ts';

// Ten sentences at a time, each with its translations: one page of reading.
const PAGE_SIZE = 10;
// Long enough to skip searches between keys of a fast typist, short enough not to be felt.
const TYPING_PAUSE_MS = 40;
// While typing, one letter is noise: it is searched when the reader asks (Enter).
const MIN_TYPED_LENGTH = 2;
// Chunks of the texts table read for the filters' counts: every one of a small corpus, a few of a large one.
const LABEL_CHUNKS = 8;

const root = document.querySelector<HTMLElement>('[data-search-app]')!;
const form = root.querySelector<HTMLFormElement>('form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const heading = root.querySelector<HTMLElement>('#results-heading')!;
const status = root.querySelector<HTMLElement>('[data-search-status]')!;
const notes = root.querySelector<HTMLElement>('[data-search-notes]')!;
const list = root.querySelector<HTMLElement>('[data-search-results]')!;
const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
const facets = new FacetBoxes(form);

let engine: Promise<SearchEngine> | undefined;
const loadEngine = () =>
	(engine ??= (async () => {
		const peopleUrl = root.dataset['people'];
		const [index, people] = await Promise.all([
			SearchIndex.open(root.dataset['index']!),
			peopleUrl ? fetch(peopleUrl).then((response) => response.json() as Promise<{ people: PersonInfo[] }>) : { people: [] },
		]);
		return createSearchEngine(index, people.people);
	})());

let latest = 0;
let pending: (() => Promise<void>) | undefined;

const currentState = (): SearchState => ({ query: input.value.trim(), selection: facets.selection() });

const searchUrlOf = (query: string) => `?${new URLSearchParams({ q: query })}`;

function clear(message: string) {
	list.replaceChildren();
	notes.replaceChildren();
	more.hidden = true;
	status.textContent = message;
}

/** The status line, the filters' reviews and counts of search `run`, once the hits' labels are read. */
async function showTotals(
	run: number,
	feed: ResultFeed,
	state: SearchState,
	outcome: SearchOutcome,
	selected: readonly { id: string; title: string }[],
) {
	await feed.label(LABEL_CHUNKS);
	if (run !== latest) return;
	const found = feed.reviews(MAX_REVIEW_OPTIONS);
	facets.showReviews([...selected, ...found.filter((review) => !selected.some((chosen) => chosen.id === review.id))]);
	const counted = feed.counts(facets.values());
	facets.showCounts(counted.counts, counted.exact);
	const { count, exact } = feed.total();
	const query = outcome.searched === state.query ? state.query : `${state.query} (${outcome.searched})`;
	status.replaceChildren(...statusContent(query, count, outcome.missing, exact));
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
	let outcome: SearchOutcome;
	let feed: ResultFeed;
	let selected: { id: string; title: string }[] = [];
	let first;
	try {
		ready = await loadEngine();
		const chosen = state.selection['review'] ?? [];
		const reviews = chosen.length > 0 ? await ready.index.reviewRanges(chosen) : undefined;
		selected = reviews?.reviews ?? [];
		const restrict = { languages: state.selection['language'] ?? [], ...(reviews ? { ranges: reviews.ranges } : {}) };
		outcome = await ready.search(state.query, { typing: typed, restrict });
		feed = new ResultFeed(ready.index, outcome, state.selection, reviews?.ranges);
		first = await feed.page(0, PAGE_SIZE);
	} catch (error) {
		if (run === latest) clear(`Search could not run: ${error instanceof Error ? error.message : String(error)}`);
		return;
	}
	if (run !== latest) return;
	const context = { index: ready.index, reviewOf: feed.reviewOf.bind(feed), hitAt: feed.hitAt.bind(feed) };
	let shown = first.length;
	notes.replaceChildren(...outcome.persons.slice(0, 3).map(personCard));
	list.replaceChildren();
	appendResults(list, first, context);
	more.hidden = !feed.hasMore(shown);
	let busy = false;
	pending = async () => {
		// A second click while the next page is read would list it twice.
		if (busy) return;
		busy = true;
		try {
			const page = await feed.page(shown, PAGE_SIZE);
			if (run !== latest) return;
			shown += page.length;
			appendResults(list, page, context);
			more.hidden = !feed.hasMore(shown);
			await showTotals(run, feed, state, outcome, selected);
		} finally {
			busy = false;
		}
	};
	await showTotals(run, feed, state, outcome, selected);
	if (run !== latest) return;
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
// The review boxes come and go with the results: one listener for every box.
form.addEventListener('change', (event) => {
	if ((event.target as HTMLElement).matches('input[type="checkbox"]')) void update({ typed: true });
});
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
const initial = readSearchState(new URLSearchParams(location.search), Object.keys(facets.values()));
input.value = initial.query;
facets.show(initial.selection);
if (input.value) void update();
