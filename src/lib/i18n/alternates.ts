/**
 * The same page in every language: the address of each, for the `hreflang` alternates every page
 * lists and for the language switcher. Path, query (open country, `?year=`, `?colour=`, `?tour=`, `?stop=`)
 * and hash are kept; only the language prefix changes.
 */
import { baseLocale, deLocalizeUrl, locales, type Locale } from '$lib/paraglide/runtime';
import { localHref } from './links';

export interface Alternate {
	locale: Locale;
	href: string;
}

/**
 * `url` in each language, in the order of `locales`. `withQuery` false leaves out query and
 * hash: while prerendering the query cannot be read, and the alternates of a page name the page.
 */
export function alternates(url: URL, withQuery = true): Alternate[] {
	const plain = deLocalizeUrl(url);
	const path = plain.pathname + (withQuery ? plain.search + plain.hash : '');
	return locales.map((locale) => ({ locale, href: localHref(path, locale) }));
}

/** The address search engines should offer a reader whose language the site lacks. */
export const defaultHref = (url: URL): string =>
	alternates(url, false).find((a) => a.locale === baseLocale)!.href;
