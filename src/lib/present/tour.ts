/**
 * The stops of a presentation. The default tour opens on the tendency as a whole, visits every
 * country in the order the source first dates it (so the talk follows the tendency's growth,
 * from Militant in 1964 to Russia in 2019; countries the source never dates come last, by
 * name), and ends on the whole world. A speaker can also give the stops in the URL.
 */
import { parseDate, sortKey } from '$lib/data/dates';
import type { Country } from '$lib/data/schema';

export type Stop =
	| { kind: 'tendency' }
	| { kind: 'country'; iso2: string }
	/** The `n`th dated event of the chronological tour (see history.ts). */
	| { kind: 'event'; n: number }
	/** The `n`th moment of the family tree (see tree-stops.ts). */
	| { kind: 'tree'; n: number }
	| { kind: 'world' };

/** The earliest dated fact about a country: its events, organisations and tactics. */
export function firstDated(country: Country): number {
	const dates = [
		...country.events.map((e) => e.date),
		...country.bodies.flatMap((b) => [b.from, b.left?.date ?? null]),
		...country.tactics.flatMap((t) => [t.from, t.to])
	];
	const keys = dates.flatMap((d) => {
		const parsed = d === null ? null : parseDate(d);
		return parsed ? [sortKey(parsed)] : [];
	});
	return keys.length ? Math.min(...keys) : Number.POSITIVE_INFINITY;
}

export function defaultTour(countries: readonly Country[]): Stop[] {
	const ordered = [...countries].sort(
		(a, b) => firstDated(a) - firstDated(b) || a.name.localeCompare(b.name, 'en')
	);
	return [
		{ kind: 'tendency' },
		...ordered.map((c): Stop => ({ kind: 'country', iso2: c.iso2 })),
		{ kind: 'world' }
	];
}

export interface ParsedTour {
	stops: Stop[];
	/** What the URL asked for that is not a country in the atlas, as written, once each. */
	skipped: string[];
}

const MAX_STOPS = 200;

/**
 * Reads `?tour=gb,br,fr,pk`: country codes in any case, separated by commas. Unknown codes are
 * skipped and reported; empty entries are ignored. A tour always ends on the whole world, and
 * a tour with no valid stop falls back to the default.
 */
export function parseTour(param: string | null, countries: readonly Country[]): ParsedTour | null {
	if (param === null) return null;
	const known = new Set(countries.map((c) => c.iso2));
	const skipped: string[] = [];
	const stops: Stop[] = [];
	for (const raw of param.split(',').slice(0, MAX_STOPS)) {
		const code = raw.trim().toLowerCase();
		if (!code) continue;
		if (known.has(code)) stops.push({ kind: 'country', iso2: code });
		else if (!skipped.includes(raw.trim())) skipped.push(raw.trim());
	}
	if (!stops.length) return { stops: defaultTour(countries), skipped };
	return { stops: [...stops, { kind: 'world' }], skipped };
}

/** Reads `?stop=4` (1-based) into an index within the tour; anything else is the first stop. */
export function parseStop(param: string | null, length: number): number {
	if (param === null || !/^\d{1,4}$/.test(param)) return 0;
	const n = Number(param);
	return n >= 1 && n <= length ? n - 1 : 0;
}
