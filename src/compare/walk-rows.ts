/**
 * Keyboard walking on comparison pages: from anywhere in a row, ArrowDown and ArrowUp
 * (or j and k) move to the next or previous row's anchor. Rows are links already, so
 * without this script the Tab key still reaches every row.
 */
const rows = [...document.querySelectorAll<HTMLElement>('[data-compare-rows] > li')];
// Said on the page only where the keys work, that is once this script runs.
document.querySelector<HTMLElement>('[data-walk-hint]')?.removeAttribute('hidden');

document.addEventListener('keydown', (event) => {
	if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
	const step = event.key === 'ArrowDown' || event.key === 'j' ? 1 : event.key === 'ArrowUp' || event.key === 'k' ? -1 : 0;
	if (step === 0) return;
	const row = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-compare-rows] > li');
	if (!row) return;
	const next = rows[rows.indexOf(row) + step];
	if (!next) return;
	event.preventDefault();
	next.querySelector<HTMLAnchorElement>('.row-anchor')?.focus();
	history.replaceState(null, '', `#${next.id}`);
});
