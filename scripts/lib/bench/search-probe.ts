/**
 * What the first-search measurer watches in the search page, installed before the
 * page's own script runs (Playwright's `addInitScript`): the field's key events and, by
 * MutationObservers, each time the results list gets items and each time the status
 * line is written. Times are on the document's clock (`performance.now()`, 0 at
 * navigation), as the events' own timestamps are.
 */
export interface SearchProbe {
	/** `keydown` of each key but Enter, in the search field. */
	keydowns: number[];
	/** Enter's `keydown`, NaN until pressed. */
	enter: number;
	/** Each time the results list holds items after a change. */
	renders: number[];
	/** Each time the status line is written, with its text. */
	statuses: { at: number; text: string }[];
}

/** Runs in the page: it must hold everything it uses. */
export function installSearchProbe(): void {
	const probe: SearchProbe = { keydowns: [], enter: Number.NaN, renders: [], statuses: [] };
	(window as unknown as { searchProbe: SearchProbe }).searchProbe = probe;
	document.addEventListener(
		'keydown',
		(event) => {
			if ((event.target as Element | null)?.id !== 'search-query') return;
			if (event.key === 'Enter') probe.enter = event.timeStamp;
			else probe.keydowns.push(event.timeStamp);
		},
		true,
	);
	// Once the page is parsed, before its deferred script runs.
	document.addEventListener('readystatechange', () => {
		if (document.readyState !== 'interactive') return;
		const list = document.querySelector('[data-search-results]');
		const status = document.querySelector('[data-search-status]');
		if (!list || !status) throw new Error('the search page has no results list or status line');
		new MutationObserver(() => {
			if (list.firstElementChild) probe.renders.push(performance.now());
		}).observe(list, { childList: true });
		new MutationObserver(() => {
			probe.statuses.push({ at: performance.now(), text: status.textContent?.trim() ?? '' });
		}).observe(status, { childList: true, characterData: true, subtree: true });
	});
}
