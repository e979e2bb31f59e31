/**
 * The one owner of the view in the address, for the atlas and the embed alike: a year or a
 * colouring chosen replaces the entry (Back leaves the page rather than stepping through them);
 * a country opened or closed adds one, so Back closes the panel. Each entry carries the view in
 * its history state too, since shallow routing leaves the router's `url` as the last navigation
 * left it. The router's functions come in, so the rules are tested without a browser.
 */
import type { ColourBy } from '$lib/data/legend';
import { withColour } from './colour-param';
import { withListView } from './list-param';
import { withTreeChoice } from './tree-param';
import { withYear } from './year-param';

/** SvelteKit's shallow routing, as `$app/navigation` gives it. */
export interface ShallowRouter {
	pushState: (url: string, state: App.PageState) => void;
	replaceState: (url: string, state: App.PageState) => void;
}

/** What the page shows now. */
export interface ShownView {
	/** The address bar's address: shallow routing keeps the view there, not in `page.url`. */
	href: string;
	/** The current entry's history state. */
	state: App.PageState;
	year: number | null;
	colourBy: ColourBy;
	/** Whether the router has started: before its first navigation it cannot rewrite the address. */
	started: boolean;
}

/**
 * The address of the page under a panel as its reader left it: `url` is where the router
 * navigated (a list, the family tree), `state` keeps the order, filter or choice made there.
 */
export function pageUnder(url: URL, state: App.PageState): URL {
	let under = new URL(url);
	if (state.list) under = new URL(withListView(under, state.list), under);
	if (state.tree) under = new URL(withTreeChoice(under, state.tree), under);
	return under;
}

export class ViewAddress {
	readonly #router: ShallowRouter;
	readonly #shown: () => ShownView;

	constructor(router: ShallowRouter, shown: () => ShownView) {
		this.#router = router;
		this.#shown = shown;
	}

	/** Shows `year` (null: today); only the query changes, the page and the open panel stay. */
	showYear(year: number | null): void {
		const { href, state, started } = this.#shown();
		if (started) this.#router.replaceState(withYear(new URL(href), year), { ...state, year });
	}

	/** Shows the map coloured by `colour`. */
	showColour(colour: ColourBy): void {
		const { href, state, started } = this.#shown();
		if (started) this.#router.replaceState(withColour(new URL(href), colour), { ...state, colour });
	}

	/** `path` (resolved against the address) with the view shown, year and colouring, in its query. */
	keeping(path: string | URL): string {
		const { href, year, colourBy } = this.#shown();
		const url = new URL(path, href);
		return withColour(new URL(withYear(url, year), url), colourBy);
	}

	/** Opens `iso2`'s panel at `href`, as a new entry. */
	open(href: string, iso2: string): void {
		this.#push(href, iso2);
	}

	/** Closes the panel, showing `href`, as a new entry. */
	close(href: string): void {
		this.#push(href, null);
	}

	#push(href: string, selected: string | null): void {
		const { state, year, colourBy } = this.#shown();
		// The rest of the state stays: the list's order, kept under the panel, comes back with it.
		this.#router.pushState(href, { ...state, selected, year, colour: colourBy });
	}
}
