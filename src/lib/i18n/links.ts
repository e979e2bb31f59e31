/**
 * The one place internal addresses get their language. Every internal `href`, `goto`,
 * `pushState`/`replaceState` target and map link goes through `localHref`, so a click on a
 * Spanish page stays on `/es/…`; English keeps today's addresses, without a prefix.
 */
import { deLocalizeHref, getLocale, localizeHref, type Locale } from '$lib/paraglide/runtime';

/** `href` (an app path from `resolve()`, with any query and hash) in `locale`'s addresses. */
export function localHref(href: string, locale: Locale = getLocale()): string {
	return localizeHref(href, { locale });
}

/** `href` with its language prefix taken off: the address as the routes know it. */
export const routeHref = (href: string): string => deLocalizeHref(href);
