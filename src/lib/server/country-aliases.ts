/**
 * The dataset's countries' other names, computed when the site is built: the build plugin
 * `scripts/country-aliases-plugin.js` serves the result to the browser as a small module.
 */
import countryCodes from 'i18n-iso-countries';
import { countries } from '../data/dataset';
import { aliasesOf, type Aliases } from '../data/country-aliases';

/** ISO's English names for a country (its short name, official name and common variants). */
export function isoNames(iso2: string): readonly string[] {
	const names = countryCodes.getName(iso2.toUpperCase(), 'en', { select: 'all' });
	return names ?? [];
}

export function datasetAliases(): Aliases {
	return aliasesOf(countries, isoNames);
}
