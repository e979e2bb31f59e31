/**
 * The events of a year as the list beside the map shows them: the tendency's own first, then
 * one group per country by name, each in date order. A tendency-wide event that several
 * countries retell (the January 2010 split) so appears once at the top and once under each
 * country it concerns, in that country's own words.
 */
import { m } from '../paraglide/messages';
import { getLocale } from '../paraglide/runtime';
import { eventsInYear, type YearEvent, type YearSpan } from './timeline';
import type { AtlasEvent, Dataset } from './schema';

export interface EventGroup {
	/** null for the tendency as a whole. */
	iso2: string | null;
	name: string;
	events: AtlasEvent[];
}

export function groupEvents(
	events: readonly YearEvent[],
	nameOf: (iso2: string) => string
): EventGroup[] {
	const groups = new Map<string | null, EventGroup>();
	for (const { iso2, event } of events) {
		let group = groups.get(iso2);
		if (!group) {
			group = { iso2, name: iso2 === null ? m.events_tendency() : nameOf(iso2), events: [] };
			groups.set(iso2, group);
		}
		group.events.push(event);
	}
	return [...groups.values()].sort(
		(a, b) =>
			Number(a.iso2 !== null) - Number(b.iso2 !== null) || a.name.localeCompare(b.name, getLocale())
	);
}

/** The years that have at least one dated event: play rests on them. */
export function yearsWithEvents(
	dataset: Pick<Dataset, 'tendency' | 'countries'>,
	years: YearSpan
): Set<number> {
	const found = new Set<number>();
	for (let year = years.first; year <= years.last; year++) {
		if (eventsInYear(dataset, year).length) found.add(year);
	}
	return found;
}
