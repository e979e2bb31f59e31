/**
 * Country names in a language, from the ICU data of the browser and Node (`Intl.DisplayNames`),
 * never typed by hand: "Brasil", "Royaume-Uni". English keeps the names the dataset gives, which
 * are ISO's.
 */
import { baseLocale, type Locale } from '$lib/paraglide/runtime';

const displays = new Map<Locale, Intl.DisplayNames>();

/** The name of the country `iso2` (ISO 3166-1 alpha-2) in `locale`, or `fallback`. */
export function countryName(iso2: string, locale: Locale, fallback: string): string {
	if (locale === baseLocale) return fallback;
	let names = displays.get(locale);
	if (!names) {
		names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
		displays.set(locale, names);
	}
	return names.of(iso2.toUpperCase()) ?? fallback;
}
