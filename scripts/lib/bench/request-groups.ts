/**
 * Requests grouped by what they are, heaviest first: the files of one folder of the
 * search index (`/search-index/en/*`), the site's bundled scripts (`/_astro/*.js`), any
 * other file by its path. Says where a page's or a search's bytes go.
 */
import type { Served } from '../static-server.ts';

export interface RequestGroup {
	group: string;
	requests: number;
	/** Body bytes sent (gzipped where text). */
	bytes: number;
}

/** The group of a request's URL. */
export function requestGroup(url: string): string {
	const path = url.replace(/[?#].*$/, '');
	return path.replace(/^(.*\/search-index\/[^/]+\/)[^/]+$/, '$1*').replace(/^(.*\/_astro\/)[^/]+(\.\w+)$/, '$1*$2');
}

export function groupRequests(requests: readonly Served[]): RequestGroup[] {
	const groups = new Map<string, RequestGroup>();
	for (const { url, bytes } of requests) {
		const group = requestGroup(url);
		const entry = groups.get(group) ?? { group, requests: 0, bytes: 0 };
		entry.requests += 1;
		entry.bytes += bytes;
		groups.set(group, entry);
	}
	return [...groups.values()].sort((a, b) => b.bytes - a.bytes);
}
