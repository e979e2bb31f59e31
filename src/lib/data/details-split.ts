/**
 * The dataset in two parts: what the home page's map, tooltip, year control, legend, search and
 * footer read (names, organisations and their statuses, periods, tactics, events and the
 * tendency's summary), and the details only a country's panel and the other pages read (every
 * citation, the family tree, the tendency's ideas and publications, a country's summary and
 * publications). The build sends the first part with the app's code and the second as a file of
 * its own (`scripts/dataset-split-plugin.js`); `mergeDetails` puts them back together, so that
 * the merged dataset is the one `atlas.json` holds.
 */

/**
 * Where the details are, as paths into the dataset: `*` is any key or index; a path ending in
 * `**.cite` is a field of that name at any depth.
 */
export const DETAIL_PATHS = [
	'lineage',
	'tendency.ideas',
	'tendency.publications',
	'countries.*.summary',
	'countries.*.publications',
	'**.cite'
] as const;

type Json = unknown;
type Tree = Record<string, unknown> | unknown[];

const isTree = (value: Json): value is Tree => typeof value === 'object' && value !== null;

/** Whether the field at `path` (keys and indices from the root) is a detail. */
export function isDetail(path: readonly string[], patterns: readonly string[] = DETAIL_PATHS) {
	return patterns.some((pattern) => {
		const parts = pattern.split('.');
		if (parts[0] === '**') return path.length > 0 && path.at(-1) === parts[1];
		return parts.length === path.length && parts.every((p, i) => p === '*' || p === path[i]);
	});
}

/**
 * The two parts of `data`: `core` without the details, and `details`, the same shape holding only
 * them (`null` where a branch has none), so that the two merge back by walking both.
 */
export function splitDetails(
	data: Json,
	patterns: readonly string[] = DETAIL_PATHS,
	path: readonly string[] = []
): { core: Json; details: Json } {
	if (!isTree(data)) return { core: data, details: null };
	const core: Tree = Array.isArray(data) ? [] : {};
	const details: Tree = Array.isArray(data) ? [] : {};
	let any = false;
	for (const [key, value] of Object.entries(data)) {
		const here = [...path, key];
		const part = isDetail(here, patterns)
			? { core: undefined, details: value }
			: splitDetails(value, patterns, here);
		if (part.core !== undefined) (core as Record<string, unknown>)[key] = part.core;
		(details as Record<string, unknown>)[key] = part.details;
		if (part.details !== null) any = true;
	}
	if (!any) return { core, details: null };
	// An array keeps its places, so each detail merges back into its own element.
	return { core, details: Array.isArray(details) ? details : prune(details) };
}

const prune = (tree: Record<string, unknown>) =>
	Object.fromEntries(Object.entries(tree).filter(([, value]) => value !== null));

/** Writes `details` (from `splitDetails`) back into `core`, in place. */
export function mergeDetails(core: Json, details: Json): void {
	if (!isTree(core) || !isTree(details)) return;
	for (const [key, value] of Object.entries(details)) {
		if (value === null) continue;
		const target = core as Record<string, unknown>;
		if (target[key] === undefined) target[key] = value;
		else mergeDetails(target[key], value);
	}
}
