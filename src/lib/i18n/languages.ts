/**
 * What a language is called by its own speakers ("Español", "Français"), from the ICU data every
 * browser and Node carry (`Intl.DisplayNames`), so no name is typed by hand. A switcher shows
 * each language in itself: a reader lost in a foreign page still finds their own.
 */
import { locales, type Locale } from '$lib/paraglide/runtime';

/** `locale`'s name in itself, capitalised as a menu item is in that language. */
export function endonym(locale: Locale): string {
	const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
	return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/** Every language of the site with its own name, in the order of `locales`. */
export const languages: readonly { locale: Locale; name: string }[] = locales.map((locale) => ({
	locale,
	name: endonym(locale)
}));
