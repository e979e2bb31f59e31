/**
 * The addresses of one view (an open country or none, a year or today, the colouring) in the
 * embed and in the atlas, in the page's language: the embed's own links, its "open in IMT Atlas"
 * link and the snippets that frame it all name the same view.
 */
import { resolve } from '$app/paths';
import type { ColourBy } from '$lib/data/legend';
import type { Locale } from '$lib/paraglide/runtime';
import { COLOUR_PARAM } from '$lib/state/colour-param';
import { localHref } from './links';

/** What a view shows besides its page: null year is today; the status colouring is the default. */
export interface ViewQuery {
	year: number | null;
	colourBy?: ColourBy;
}

/** `path` with the view's query; defaults are left out, so an address says only how it differs. */
export function withViewQuery(path: string, { year, colourBy = 'status' }: ViewQuery): string {
	const params = new URLSearchParams();
	if (year !== null) params.set('year', String(year));
	if (colourBy !== 'status') params.set(COLOUR_PARAM, colourBy);
	const query = params.toString();
	return query ? `${path}?${query}` : path;
}

/** The embed showing `iso2`'s panel (null: none) in the view `query`. */
export const embedView = (iso2: string | null, query: ViewQuery, locale?: Locale): string =>
	withViewQuery(
		localHref(iso2 ? resolve('/embed/country/[iso2]', { iso2 }) : resolve('/embed'), locale),
		query
	);

/** The atlas showing the same. */
export const atlasView = (iso2: string | null, query: ViewQuery, locale?: Locale): string =>
	withViewQuery(
		localHref(iso2 ? resolve('/(atlas)/country/[iso2]', { iso2 }) : resolve('/'), locale),
		query
	);
