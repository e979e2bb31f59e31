/**
 * The addresses of one view (an open country or none, a year or today) in the embed and in the
 * atlas, in the page's language: the embed's own links, its "open in IMT Atlas" link and the
 * snippets that frame it all name the same view.
 */
import { resolve } from '$app/paths';
import type { Locale } from '$lib/paraglide/runtime';
import { localHref } from './links';

const atYear = (path: string, year: number | null) =>
	year === null ? path : `${path}?year=${year}`;

/** The embed showing `iso2`'s panel (null: none) at `year` (null: today). */
export const embedView = (iso2: string | null, year: number | null, locale?: Locale): string =>
	atYear(
		localHref(iso2 ? resolve('/embed/country/[iso2]', { iso2 }) : resolve('/embed'), locale),
		year
	);

/** The atlas showing the same. */
export const atlasView = (iso2: string | null, year: number | null, locale?: Locale): string =>
	atYear(
		localHref(iso2 ? resolve('/(atlas)/country/[iso2]', { iso2 }) : resolve('/'), locale),
		year
	);
