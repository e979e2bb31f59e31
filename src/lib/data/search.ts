/**
 * Finding a country by a few typed letters: "sal" finds El Salvador, "marxista" finds Brazil by
 * its section's name, "revolution" finds France (Révolution) without the accent. Word starts
 * rank first.
 */
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
	if (haystack.startsWith(query)) return 3;
	return ` ${haystack}`.includes(` ${query}`) ? 2 : 1;
}

export interface Match {
	country: Country;
	/** What matched, when it was not the country's own name. */
	via: string | null;
}

export function searchCountries(query: string, list: readonly Country[], limit = 8): Match[] {
	const q = fold(query);
	if (!q) return [];
	return list
		.map((country) => {
			const names = country.bodies.flatMap((b) => [
				b.name,
				b.gloss,
				...(b.formerNames ?? []),
				...(b.otherNames ?? [])
			]);
			const byName = score(q, country.name) * 2;
			const other = names
				.filter((n): n is string => !!n)
				.map((n) => ({ n, s: score(q, n) }))
				.sort((a, b) => b.s - a.s)[0];
			const best = Math.max(byName, other?.s ?? 0);
			return { country, best, via: byName >= (other?.s ?? 0) ? null : (other?.n ?? null) };
		})
		.filter((m) => m.best > 0)
		.sort((a, b) => b.best - a.best || a.country.name.localeCompare(b.country.name, 'en'))
		.slice(0, limit)
		.map(({ country, via }) => ({ country, via }));
}
