/**
 * What the year control needs from the dataset: the years it covers, what happened in a year,
 * and the tendency-wide milestones it marks. Only dated facts count: an undated one has no year.
 */
import { inDateOrder } from './chronology';
import { parseDate } from './dates';
import { periodBounds } from './periods';
import type { AtlasEvent, Dataset } from './schema';

export interface YearSpan {
	first: number;
	last: number;
}

type Facts = Pick<Dataset, 'tendency' | 'countries'>;

function yearOf(date: string | null): number | null {
	return date === null ? null : (parseDate(date)?.year ?? null);
}

const known = (year: number | null): year is number => year !== null;

/** From the earliest to the latest year of any dated event or status period. */
export function timelineYears(dataset: Facts): YearSpan {
	const years = [
		...dataset.tendency.events.map((e) => yearOf(e.date)),
		...dataset.countries.flatMap((c) => [
			...c.events.map((e) => yearOf(e.date)),
			...c.periods.flatMap((p) => {
				const { start, end } = periodBounds(p);
				return [start?.year ?? null, end?.year ?? null];
			})
		])
	].filter(known);
	if (!years.length) throw new Error('the dataset dates nothing, so it has no timeline');
	return { first: Math.min(...years), last: Math.max(...years) };
}

export interface YearEvent {
	/** The country the event belongs to; null for a tendency-wide event. */
	iso2: string | null;
	event: AtlasEvent;
}

/**
 * The tendency's and the countries' events dated in `year`, in date order. Events on the same
 * date keep the dataset's order: the tendency's first, then the countries' by name. A
 * tendency-wide event may be told again, in the country's own words, by the countries it names.
 */
export function eventsInYear(dataset: Facts, year: number): YearEvent[] {
	const all: YearEvent[] = [
		...dataset.tendency.events.map((event) => ({ iso2: null, event })),
		...dataset.countries.flatMap((c) => c.events.map((event) => ({ iso2: c.iso2, event })))
	];
	const inYear = all.filter(({ event }) => yearOf(event.date) === year);
	return inDateOrder(inYear.map((item) => ({ date: item.event.date, item }))).map((e) => e.item);
}

/** The years of the tendency-wide dated events, once each, in order: marks for the slider. */
export function milestones(dataset: Pick<Dataset, 'tendency'>): number[] {
	const years = new Set(dataset.tendency.events.map((e) => yearOf(e.date)).filter(known));
	return [...years].sort((a, b) => a - b);
}
