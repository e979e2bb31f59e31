/**
 * The dataset in the page's language: its prose from `translations/{locale}.json` (loaded by
 * `prose-loader.ts`, the page's language only), its country names from `Intl`, its countries in
 * that language's alphabetical order. Everything a person reads comes from here; `dataset.ts`
 * stays the English structure that modules reckon with (dates, statuses, codes). The locale is
 * the request's on the server (Paraglide's middleware) and the address's in the browser, so this
 * holds no per-request state: only one immutable copy per language, made on first use.
 */
import { baseLocale, getLocale, type Locale } from '../paraglide/runtime';
import { countryName } from '../i18n/country-names';
import { dataset } from './dataset';
import { details } from './details.svelte';
import type { AtlasEvent, Country, Dataset } from './schema';
import { translated } from './translatable';

interface Localized {
	data: Dataset;
	countries: readonly Country[];
	byIso: ReadonlyMap<string, Country>;
	/** Each English event (as modules that reckon with dates hold it) to its telling here. */
	events: ReadonlyMap<AtlasEvent, AtlasEvent>;
	/** Made from the dataset with its details: a copy made before they came is made again. */
	whole: boolean;
}

const prose = new Map<Locale, Readonly<Record<string, string>>>();
const made = new Map<Locale, Localized>();

/** Makes `table` the prose of `locale` (a translation file, checked at build). */
export function addProse(locale: Locale, table: Readonly<Record<string, string>>): void {
	prose.set(locale, table);
	made.delete(locale);
}

/** Whether `locale`'s prose is there to be read (English always is). */
export const hasProse = (locale: Locale) => locale === baseLocale || prose.has(locale);

function make(locale: Locale): Localized {
	const table = prose.get(locale);
	const data = locale === baseLocale || !table ? dataset : translated(dataset, table);
	for (const country of data === dataset ? [] : data.countries)
		country.name = countryName(country.iso2, locale, country.name);
	const collator = new Intl.Collator(locale);
	const countries = [...data.countries].sort((a, b) => collator.compare(a.name, b.name));
	// The translation is a copy in the same order, so each event pairs by its place in its list.
	const events = new Map<AtlasEvent, AtlasEvent>();
	const pair = (english: readonly AtlasEvent[], here: readonly AtlasEvent[]) =>
		english.forEach((event, i) => events.set(event, here[i]!));
	pair(dataset.tendency.events, data.tendency.events);
	dataset.countries.forEach((country, i) => pair(country.events, data.countries[i]!.events));
	const byIso = new Map(countries.map((c) => [c.iso2, c]));
	return { data, countries, byIso, events, whole: details.ready };
}

function localized(locale: Locale): Localized {
	let entry = made.get(locale);
	if (!entry || entry.whole !== details.ready) {
		entry = make(locale);
		// Not kept until the prose is there, so an early call cannot pin the English.
		if (hasProse(locale)) made.set(locale, entry);
	}
	return entry;
}

/** The whole dataset in `locale`. */
export const localeDataset = (locale: Locale = getLocale()): Dataset => localized(locale).data;

/** The countries in `locale`, in its alphabetical order. */
export const localeCountries = (locale: Locale = getLocale()): readonly Country[] =>
	localized(locale).countries;

/** A country in `locale`, by its code in any case; undefined for an unknown code. */
export const localeCountry = (iso2: string, locale: Locale = getLocale()): Country | undefined =>
	localized(locale).byIso.get(iso2.toLowerCase());

/**
 * An event of the English dataset (as `timeline.ts` and the chronological tour hold it) told in
 * `locale`; an event that is not the dataset's own is returned as it is.
 */
export const localeEvent = (event: AtlasEvent, locale: Locale = getLocale()): AtlasEvent =>
	localized(locale).events.get(event) ?? event;

/** The countries before and after this one in `locale`'s list, wrapping around at the ends. */
export function localeNeighbours(
	iso2: string,
	locale: Locale = getLocale()
): { previous: Country; next: Country } | undefined {
	const list = localized(locale).countries;
	const i = list.findIndex((c) => c.iso2 === iso2);
	if (i < 0) return undefined;
	const n = list.length;
	return { previous: list[(i - 1 + n) % n]!, next: list[(i + 1) % n]! };
}
