/**
 * A detour: a question from the audience takes the talk to a country outside the tour, and back.
 * The detour is part of the address (`?tour=history&stop=5&detour=br`), beside the stop it left,
 * so ending it returns exactly there and Back ends it. While it lasts, next and previous (a
 * clicker's buttons) and Escape only end it, landing on the stop as it was: a speaker pressing
 * on by habit never skips a stop. Jumping to a stop (Home, End, a number, the overview) ends it
 * and goes there.
 */
import type { Country } from '$lib/data/schema';
import type { Command } from './keys';

export const DETOUR_PARAM = 'detour';

/** The country `?detour=` names, as a known ISO code in lower case; null for none or unknown. */
export function readDetour(params: URLSearchParams, countries: readonly Country[]): string | null {
	const raw = params.get(DETOUR_PARAM)?.trim().toLowerCase();
	return raw && countries.some((c) => c.iso2 === raw) ? raw : null;
}

/**
 * The detour an address shows. A detour started or ended since the page loaded is in the
 * history state (`detour`), since shallow routing leaves the page's `url` as it loaded; Back and
 * Forward so find the detour each entry showed. A page loaded with `?detour=` reads it there.
 */
export function detourOfAddress(
	url: URL,
	state: { detour?: string | null },
	countries: readonly Country[]
): string | null {
	return state.detour === undefined ? readDetour(url.searchParams, countries) : state.detour;
}

/** The talk's query (`?stop=5`, from Talk.search) with the detour added, if there is one. */
export function withDetour(search: string, iso2: string | null): string {
	if (!iso2) return search;
	return `${search}${search.includes('?') ? '&' : '?'}${DETOUR_PARAM}=${iso2}`;
}

/**
 * What `command` does while a detour is shown: `return` ends the detour and does nothing else,
 * `end` ends it and then does the command, `keep` does the command and keeps the detour.
 */
export type DetourMove = 'return' | 'end' | 'keep';

const MOVES: Partial<Record<Command['type'], DetourMove>> = {
	next: 'return',
	previous: 'return',
	escape: 'return',
	first: 'end',
	last: 'end',
	goto: 'end'
};

export function detourMove(type: Command['type']): DetourMove {
	return MOVES[type] ?? 'keep';
}
