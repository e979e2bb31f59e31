/**
 * Every atlas country's status at a year, in one pass: what the map, the list, the legend and
 * the presentation's chronological tour colour by. `year` null means today, the map as built.
 */
import { m } from '../paraglide/messages';
import { countries as all, dataset } from './dataset';
import { statusAt, type YearStatus } from './periods';
import type { Country } from './schema';
import { tacticAt, type YearTactic } from './tactic-at';
import { timelineYears } from './timeline';

export const YEARS = timelineYears(dataset);

export function yearStatuses(
	year: number,
	list: readonly Country[] = all
): Map<string, YearStatus> {
	return new Map(list.map((c) => [c.iso2, statusAt(c, year, YEARS)]));
}

/** Every atlas country's tactic at a year (see tactic-at.ts). */
export function yearTactics(year: number, list: readonly Country[] = all): Map<string, YearTactic> {
	return new Map(list.map((c) => [c.iso2, tacticAt(c, year, YEARS)]));
}

/** "known from 2015": the mark a status carries when the source gives no start, only a mention. */
export function knownFromText(status: YearStatus): string | null {
	if (status.undated) return m.known_undated();
	return status.knownFrom === undefined ? null : m.known_from({ year: String(status.knownFrom) });
}
