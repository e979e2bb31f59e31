/**
 * For tests: run a function as if the request were in another language. Messages read the locale
 * when they are called, so this is how a unit test reads a module's text in Spanish or French.
 */
import { baseLocale, getLocale, overwriteGetLocale, type Locale } from '$lib/paraglide/runtime';

export function inLocale<T>(locale: Locale, run: () => T): T {
	const previous = getLocale;
	overwriteGetLocale(() => locale);
	try {
		return run();
	} finally {
		overwriteGetLocale(previous ?? (() => baseLocale));
	}
}
