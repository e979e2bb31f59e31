/**
 * Reads the locale once per address. Paraglide's `url` strategy parses `location.href` on every
 * message call, and a country's panel calls a few hundred messages: traced at 4x CPU throttle,
 * that URL parsing cost a click on a country about 40 ms. The address alone decides the
 * language, so the same address gives the same answer; a new address (a navigation) is read again.
 */
import { getLocale, overwriteGetLocale, type Locale } from '$lib/paraglide/runtime';

/** Makes `getLocale` answer from the locale read for the current `address()`. */
export function cacheLocaleByAddress(address: () => string = () => location.href): void {
	const read = getLocale;
	let seen: string | undefined;
	let locale: Locale | undefined;
	overwriteGetLocale(() => {
		const now = address();
		if (locale === undefined || now !== seen) {
			seen = now;
			locale = read();
		}
		return locale;
	});
}
