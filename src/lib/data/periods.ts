/**
 * Reading a country's status periods at a year. The timeline works in whole years, so a period
 * covers every year it touches, and where two periods touch the same year the later one wins:
 * the map shows how a year ended. A start or end the source does not date is replaced by its
 * first or last dated mention and reported, so the map can mark it; a presence with no date at
 * all is shown at the timeline's last year only, the source's present.
 */
import { parseDate, sortKey } from './dates';
import type { Country, Period } from './schema';
import type { Status } from './status';
import type { YearSpan } from './timeline';

export interface Bound {
	/** The field the date comes from: a dated bound, or a dated mention standing in for one. */
	field: 'from' | 'knownFrom' | 'to' | 'knownUntil';
	date: string;
	year: number;
	/** Orders bounds as `dates.ts` orders dates. */
	key: number;
}

function bound(field: Bound['field'], date: string | undefined | null): Bound | null {
	if (!date) return null;
	const parsed = parseDate(date);
	return parsed ? { field, date, year: parsed.year, key: sortKey(parsed) } : null;
}

/** The dating fields a status period shares with an organisation of the family tree. */
export type Dating = Pick<Period, 'from' | 'knownFrom' | 'to' | 'knownUntil'>;

/** Where a period starts and ends as far as the source dates it; null where it does not. */
export function periodBounds(period: Dating): { start: Bound | null; end: Bound | null } {
	return {
		start: bound('from', period.from) ?? bound('knownFrom', period.knownFrom?.date),
		end: bound('to', period.to) ?? bound('knownUntil', period.knownUntil?.date)
	};
}

export interface YearStatus {
	/** 'none' outside the timeline's years and where no period covers the year. */
	status: Status;
	period: Period | null;
	/** The source gives no start, only this first dated mention: mark it "known from". */
	knownFrom?: number;
	/** The source gives no end, and mentions the presence no later than this year. */
	knownUntil?: number;
	/** The source dates this presence not at all; shown at the timeline's last year only. */
	undated?: true;
}

/**
 * A country's status at the end of `year`, for the map, the list, the legend and the tour.
 * `years` is `timelineYears(dataset)`: nothing is shown outside it.
 */
export function statusAt(
	country: Pick<Country, 'periods'>,
	year: number,
	years: YearSpan
): YearStatus {
	let found: YearStatus = { status: 'none', period: null };
	if (!Number.isInteger(year) || year < years.first || year > years.last) return found;
	for (const period of country.periods) {
		const { start, end } = periodBounds(period);
		if (year < (start?.year ?? years.last) || year > (end?.year ?? years.last)) continue;
		found = { status: period.status, period };
		if (start?.field === 'knownFrom') found.knownFrom = start.year;
		if (end?.field === 'knownUntil') found.knownUntil = end.year;
		if (!start) found.undated = true;
	}
	return found;
}
