/**
 * Finding a country by a few typed letters: "sal" finds El Salvador, "marxista" finds Brazil by
 * its section's name, "revolution" finds France (Révolution) without the accent, "uk" finds the
 * United Kingdom by another of its names. A whole name ranks first, then word starts.
 */
import COUNTRY_ALIASES from 'virtual:country-aliases';
import { getLocale, type Locale } from '../paraglide/runtime';
import type { Aliases } from './country-aliases';
import type { Country } from './schema';

/** Lower case, accents and punctuation removed, for comparing what people type. */
export function fold(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

function score(query: string, text: string): number {
	const haystack = fold(text);
	if (!query || !haystack.includes(query)) return 0;
	// "uk" is all of one name of the United Kingdom and only the start of "Ukraine".
	if (haystack === query) return 4;
	if (haystack.startsWith(query)) return 3;
	return ` ${haystack}`.includes(` ${query}`) ? 2 : 1;
}

export interface Match {
	country: Country;
	/** What matched, when it was not the country's own name. */
	via: string | null;
}

/** The best score among names, and the name that has it. */
function best(query: string, names: readonly (string | null | undefined)[]) {
	return names
		.filter((n): n is string => !!n)
		.map((n) => ({ n, s: score(query, n) }))
		.sort((a, b) => b.s - a.s)[0];
}

/**
 * The countries `query` finds, best first; equally good ones in `locale`'s alphabetical order of
 * their names (Spanish puts "Ñ" after "N", English beside it).
 */
export function searchCountries(
	query: string,
	list: readonly Country[],
	limit = 8,
	aliases: Aliases = COUNTRY_ALIASES,
	locale: Locale = getLocale()
): Match[] {
	const collator = new Intl.Collator(locale);
	const q = fold(query);
	if (!q) return [];
	return list
		.map((country) => {
			// A country's other names count nearly as much as its own name: "kingdom" finds the
			// United Kingdom before "Netherlands (Kingdom of the)".
			const alias = best(q, aliases[country.iso2] ?? []);
			const byOwn = score(q, country.name) * 2;
			const byAlias = Math.max(0, (alias?.s ?? 0) * 2 - 1);
			const byName = Math.max(byOwn, byAlias);
			const ownVia = byAlias > byOwn ? (alias?.n ?? null) : null;
			const names = country.bodies.flatMap((b) => [
				b.name,
				b.gloss,
				...(b.formerNames ?? []),
				...(b.otherNames ?? [])
			]);
			const other = best(q, names);
			const top = Math.max(byName, other?.s ?? 0);
			return { country, top, via: byName >= (other?.s ?? 0) ? ownVia : (other?.n ?? null) };
		})
		.filter((m) => m.top > 0)
		.sort((a, b) => b.top - a.top || collator.compare(a.country.name, b.country.name))
		.slice(0, limit)
		.map(({ country, via }) => ({ country, via }));
}
