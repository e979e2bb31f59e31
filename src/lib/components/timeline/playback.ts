/**
 * Playing the timeline: about a year a second, resting a second longer on a year with events so
 * that the list beside the map can be read, and ending on today.
 */
import type { YearSpan } from '$lib/data/timeline';

export const YEAR_MS = 1000;
export const EVENT_REST_MS = 1000;

/** The first year to show when play is pressed: from the start again if at the end. */
export function playStart(year: number | null, years: YearSpan): number {
	return year === null || year >= years.last ? years.first : year + 1;
}

/** The year after `year`; after the last year comes today (null), where play stops. */
export function nextYear(year: number, years: YearSpan): number | null {
	return year >= years.last ? null : year + 1;
}

/** How long a year stays on screen while playing. */
export function restMs(year: number, eventYears: ReadonlySet<number>): number {
	return eventYears.has(year) ? YEAR_MS + EVENT_REST_MS : YEAR_MS;
}
