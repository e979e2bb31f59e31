/**
 * The colouring in the address (`?colour=tactic`), so that a shared link shows the map coloured
 * as its sender saw it. Status is the default and is never written; the address is untrusted
 * input, and anything but `tactic` shows the default colouring.
 */
import type { ColourBy } from '$lib/data/legend';

export const COLOUR_PARAM = 'colour';

/** The colouring an address asks for: tactic only when it says exactly that, once. */
export function readColour(params: URLSearchParams): ColourBy {
	const values = params.getAll(COLOUR_PARAM);
	return values.length === 1 && values[0] === 'tactic' ? 'tactic' : 'status';
}

/**
 * `url` showing `colourBy` instead, as a path with its query and fragment; the default drops the
 * parameter, so an address says only how it differs. Other parameters stay as they are.
 */
export function withColour(url: URL, colourBy: ColourBy): string {
	const params = new URLSearchParams(url.search);
	if (colourBy === 'status') params.delete(COLOUR_PARAM);
	else params.set(COLOUR_PARAM, colourBy);
	const query = params.toString();
	return `${url.pathname}${query ? `?${query}` : ''}${url.hash}`;
}

/**
 * The colouring an atlas address shows. As with the year (see `yearOfAddress`), one chosen since
 * the last navigation is in the history state, which shallow routing keeps with each entry.
 */
export function colourOfAddress(url: URL, state: App.PageState): ColourBy {
	return state.colour ?? readColour(url.searchParams);
}
