/**
 * The chronological tour (`?tour=history`): a stop per dated event, tendency-wide and national,
 * in date order (a tendency-wide event and its one country's retelling share a stop). Each stop
 * shows the map as it stood at the end of the event's year and zooms to the country concerned
 * (the whole world for a tendency-wide event).
 */
import { dataset } from '$lib/data/dataset';
import { YEARS } from '$lib/data/year-statuses';
import { eventsInYear, type YearEvent } from '$lib/data/timeline';
import type { AtlasEvent } from '$lib/data/schema';
import type { Stop } from './tour';
import { momentOf } from './tree-stops';

export const HISTORY = 'history';

export interface HistoryEvent extends YearEvent {
	year: number;
	/** The other telling of the same fact, folded into this stop (see `foldRetellings`). */
	retold?: AtlasEvent;
}

const paragraphs = (event: AtlasEvent) => new Set(event.cite.map((c) => `${c.source}#${c.para}`));
const sameFact = (a: AtlasEvent, b: AtlasEvent) =>
	a.date === b.date && [...paragraphs(a)].some((p) => paragraphs(b).has(p));

/**
 * A tendency-wide event that one country alone tells again (same date, same paragraph of the
 * source) is one stop, not two in a row saying the same: the fuller wording, zoomed to that
 * country. Told again by several countries (the CWI's founding in 1974, the 2010 split), the
 * tendency's stop stays, and each country's follows, each zoomed to its own country.
 */
export function foldRetellings(events: readonly YearEvent[]): Omit<HistoryEvent, 'year'>[] {
	const folded = new Set<YearEvent>();
	const out: Omit<HistoryEvent, 'year'>[] = [];
	for (const item of events) {
		if (folded.has(item)) continue;
		const retellings =
			item.iso2 === null
				? events.filter(
						(other) =>
							other.iso2 !== null && !folded.has(other) && sameFact(item.event, other.event)
					)
				: [];
		if (retellings.length !== 1) {
			out.push(item);
			continue;
		}
		const country = retellings[0]!;
		folded.add(country);
		const [kept, retold] =
			country.event.text.length > item.event.text.length
				? [country.event, item.event]
				: [item.event, country.event];
		out.push({ iso2: country.iso2, event: kept, retold });
	}
	return out;
}

/** Every dated event, oldest first; events the source does not date have no place here. */
export const HISTORY_EVENTS: readonly HistoryEvent[] = Array.from(
	{ length: YEARS.last - YEARS.first + 1 },
	(_, i) => YEARS.first + i
).flatMap((year) => foldRetellings(eventsInYear(dataset, year)).map((item) => ({ ...item, year })));

/**
 * Each event in date order; after the last event that tells a split, a fusion or a new name of
 * the family tree, that moment's tree with its branch marked.
 */
export function historyTour(): Stop[] {
	const moments = HISTORY_EVENTS.map((h) => momentOf(h.event));
	const stops = HISTORY_EVENTS.flatMap((_, n): Stop[] => {
		const moment = moments[n]!;
		const last = moment >= 0 && !moments.slice(n + 1).includes(moment);
		return last
			? [
					{ kind: 'event', n },
					{ kind: 'tree', n: moment }
				]
			: [{ kind: 'event', n }];
	});
	return [...stops, { kind: 'world' }];
}

export function historyEventOf(stop: Stop): HistoryEvent | undefined {
	return stop.kind === 'event' ? HISTORY_EVENTS[stop.n] : undefined;
}

/** The year the map shows at a stop: the event's year, or null for the map of today. */
export function stopYear(stop: Stop): number | null {
	return historyEventOf(stop)?.year ?? null;
}
