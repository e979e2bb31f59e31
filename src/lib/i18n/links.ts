/**
 * The one place internal addresses get their language. Every internal `href`, `goto`,
 * `pushState`/`replaceState` target and map link goes through `localHref`, so a click on a
 * Spanish page stays on `/es/…`; English keeps today's addresses, without a prefix.
 */
import { deLocalizeHref, getLocale, localizeHref, type Locale } from '$lib/paraglide/runtime';

// Paraglide parses and matches a URL for every call, and a country's panel asks for a link per
// cited paragraph: traced at 4x CPU throttle, a first click spent up to 17 ms here. An app path
// in a language always gives the same address, so each is worked out once.
const known = new Map<string, string>();

/** `href` (an app path from `resolve()`, with any query and hash) in `locale`'s addresses. */
export function localHref(href: string, locale: Locale = getLocale()): string {
	// Only a path is the same wherever it is asked for; anything else resolves against the page.
	if (!href.startsWith('/')) return localizeHref(href, { locale });
	const key = `${locale} ${href}`;
	let found = known.get(key);
	if (found === undefined) {
		found = localizeHref(href, { locale });
		known.set(key, found);
	}
	return found;
}

/** `href` with its language prefix taken off: the address as the routes know it. */
export const routeHref = (href: string): string => deLocalizeHref(href);
