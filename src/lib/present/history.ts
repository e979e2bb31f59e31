/**
 * The chronological tour (`?tour=history`): one stop per dated event, tendency-wide and
 * national, in date order. Each stop shows the map as it stood at the end of the event's year
 * and zooms to the country concerned (the whole world for a tendency-wide event).
 */
import { dataset } from '$lib/data/dataset';
import { YEARS } from '$lib/data/year-statuses';
import { eventsInYear, type YearEvent } from '$lib/data/timeline';
import type { Stop } from './tour';

export const HISTORY = 'history';

export interface HistoryEvent extends YearEvent {
	year: number;
}

/** Every dated event, oldest first; events the source does not date have no place here. */
export const HISTORY_EVENTS: readonly HistoryEvent[] = Array.from(
	{ length: YEARS.last - YEARS.first + 1 },
	(_, i) => YEARS.first + i
).flatMap((year) => eventsInYear(dataset, year).map((item) => ({ ...item, year })));

export function historyTour(): Stop[] {
	return [...HISTORY_EVENTS.map((_, n): Stop => ({ kind: 'event', n })), { kind: 'world' }];
}

export function historyEventOf(stop: Stop): HistoryEvent | undefined {
	return stop.kind === 'event' ? HISTORY_EVENTS[stop.n] : undefined;
}

/** The year the map shows at a stop: the event's year, or null for the map of today. */
export function stopYear(stop: Stop): number | null {
	return historyEventOf(stop)?.year ?? null;
}
