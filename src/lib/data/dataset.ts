/**
 * The atlas dataset as the app reads it. The build (see `server/dataset-check.ts`) and the tests
 * validate the same file against the schema, so the browser is not sent a validator. In the
 * browser it starts without its details (citations, the family tree, …: `details-split.ts`),
 * which `details.svelte.ts` merges into this same object; what reads them waits for
 * `details.ready` (or, on pages that render them, hydration does).
 */
import raw from 'virtual:atlas-core';
import type { Country, Dataset } from './schema';

export const dataset: Dataset = raw as unknown as Dataset;

/** Countries in the order people look for them: by English name. */
export const countries: readonly Country[] = [...dataset.countries].sort((a, b) =>
	a.name.localeCompare(b.name, 'en')
);

const byIso = new Map(countries.map((c) => [c.iso2, c]));

export function countryByIso(iso2: string): Country | undefined {
	return byIso.get(iso2.toLowerCase());
}

/** The countries before and after this one in the list, wrapping around at the ends. */
export function neighbours(iso2: string): { previous: Country; next: Country } | undefined {
	const i = countries.findIndex((c) => c.iso2 === iso2);
	if (i < 0) return undefined;
	const n = countries.length;
	return { previous: countries[(i - 1 + n) % n]!, next: countries[(i + 1) % n]! };
}

export const source = dataset.sources[0]!;
