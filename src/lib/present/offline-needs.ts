/**
 * What a talk needs to run with no network, and the words between the talk's help and the
 * service worker that answers whether it is all in the offline cache.
 *
 * A talk is three prerendered pages in its language (the stage, the presenter view and the print
 * deck); the tour is read from the address in the browser, so every tour of a language needs the
 * same files. Scripts, styles, fonts and images are the build's: the worker knows them, and the
 * talk needs all of them that the stage, presenter and deck may load, which is every one of a build
 * that is cached as a whole.
 */

/** The talk's pages, given the stage's localized path (`/present`, `/es/present`). */
export function talkPages(stage: string): string[] {
	return [stage, `${stage}/presenter`, `${stage}/print`];
}

export type AssetKind = 'page' | 'script' | 'style' | 'font' | 'image' | 'other';

const KINDS: [RegExp, AssetKind][] = [
	[/\.m?js$/, 'script'],
	[/\.css$/, 'style'],
	[/\.(?:woff2?|ttf|otf)$/, 'font'],
	[/\.(?:svg|png|jpe?g|webp|avif|ico)$/, 'image'],
	[/\.[a-z0-9]+$/i, 'other']
];

/** What a cached path is, by its extension; a path with none is a prerendered page. */
export function assetKind(path: string): AssetKind {
	const file = path.split('?')[0]?.split('/').pop() ?? '';
	return KINDS.find(([pattern]) => pattern.test(file))?.[1] ?? 'page';
}

/**
 * Of the files a build caches, those a talk loads: scripts, styles, fonts and images. The host's
 * own files (`_headers`, `_redirects`) and the version stamp are cached but never loaded by a page.
 */
export function talkAssets(files: Iterable<string>): string[] {
	const loaded = new Set<AssetKind>(['script', 'style', 'font', 'image']);
	return [...files].filter((path) => loaded.has(assetKind(path)));
}

/** How many missing files of each kind, in a fixed order (pages first, as a speaker reads). */
export function countByKind(paths: string[]): [AssetKind, number][] {
	const order: AssetKind[] = ['page', 'script', 'style', 'font', 'image', 'other'];
	const counts = new Map<AssetKind, number>();
	for (const path of paths) counts.set(assetKind(path), (counts.get(assetKind(path)) ?? 0) + 1);
	return order.filter((kind) => counts.has(kind)).map((kind) => [kind, counts.get(kind) ?? 0]);
}

/** Asks the worker which of the talk's files are missing, or to fetch them into the cache. */
export interface OfflineRequest {
	type: 'imt-offline-check' | 'imt-offline-fill';
	/** The talk's pages (talkPages), besides the build's assets the worker knows. */
	pages: string[];
}

/** The worker's answers: progress while filling, then what is still missing. */
export type OfflineReply =
	| { type: 'progress'; done: number; total: number }
	| { type: 'result'; missing: string[]; total: number };

export function isOfflineRequest(value: unknown): value is OfflineRequest {
	if (typeof value !== 'object' || value === null) return false;
	const { type, pages } = value as Record<string, unknown>;
	return (
		(type === 'imt-offline-check' || type === 'imt-offline-fill') &&
		Array.isArray(pages) &&
		pages.every((page) => typeof page === 'string' && page.startsWith('/'))
	);
}
