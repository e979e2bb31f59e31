/**
 * The list's order and filter in the address (`/list?sort=first&order=desc&class=inside-party`),
 * so that a reload or a shared link shows the table as its sender saw it. The defaults (by name,
 * ascending, every class) are never written. The address is untrusted input: an unknown or
 * repeated value means the default, never an error.
 */
import { STATUSES, type Status } from '$lib/data/status';
import { TACTIC_CATEGORIES, type TacticCategory } from '$lib/data/tactics';

export const LIST_SORTS = ['name', 'status', 'tactic', 'first'] as const;
export type ListSort = (typeof LIST_SORTS)[number];
export type SortOrder = 'asc' | 'desc';

/** A class of either colouring, as the legend has them. */
export type ListClass = { by: 'status'; key: Status } | { by: 'tactic'; key: TacticCategory };

export interface ListView {
	sort: ListSort;
	order: SortOrder;
	filter: ListClass | null;
}

export const LIST_DEFAULT: ListView = { sort: 'name', order: 'asc', filter: null };

/** Every class the filter offers, statuses first, each under the name the address gives it. */
export const LIST_CLASSES: readonly ListClass[] = [
	...STATUSES.map((key) => ({ by: 'status' as const, key })),
	...TACTIC_CATEGORIES.map((key) => ({ by: 'tactic' as const, key }))
];

/** A class's name in the address: its key, but both colourings' "none" need their colouring. */
export const classParam = (c: ListClass): string => (c.key === 'none' ? `${c.by}-none` : c.key);

/** The one value `name` has, or null when it is missing or repeated. */
function only(params: URLSearchParams, name: string): string | null {
	const values = params.getAll(name);
	return values.length === 1 ? values[0]! : null;
}

/** The order and filter an address asks for; each part it does not say right is the default. */
export function readListView(params: URLSearchParams): ListView {
	const sort = only(params, 'sort');
	const filter = only(params, 'class');
	return {
		sort: LIST_SORTS.find((s) => s === sort) ?? LIST_DEFAULT.sort,
		order: only(params, 'order') === 'desc' ? 'desc' : 'asc',
		filter: LIST_CLASSES.find((c) => classParam(c) === filter) ?? null
	};
}

/** `url` showing `view` instead, as a path with its query and fragment; the rest stays. */
export function withListView(url: URL, view: ListView): string {
	const params = new URLSearchParams(url.search);
	for (const name of ['sort', 'order', 'class']) params.delete(name);
	if (view.sort !== LIST_DEFAULT.sort) params.set('sort', view.sort);
	if (view.order !== LIST_DEFAULT.order) params.set('order', view.order);
	if (view.filter) params.set('class', classParam(view.filter));
	const query = params.toString();
	return `${url.pathname}${query ? `?${query}` : ''}${url.hash}`;
}

/**
 * The view a list address shows: one chosen since the last navigation is in the history state,
 * which shallow routing keeps with each entry (it leaves `url` as the navigation left it).
 */
export function listViewOfAddress(url: URL, state: App.PageState): ListView {
	return state.list ?? readListView(url.searchParams);
}

/** The view after a click on column `sort`'s heading: the other way round, or that column A–Z. */
export function sortedBy(view: ListView, sort: ListSort): ListView {
	const order = view.sort === sort && view.order === 'asc' ? 'desc' : 'asc';
	return { ...view, sort, order };
}
