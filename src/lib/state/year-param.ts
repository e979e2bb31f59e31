/**
 * The year in the address (`?year=2010`), so that a link shows one moment of the timeline. The
 * address is untrusted input: anything but one whole year the timeline covers shows the latest
 * map, today's, with a notice saying why, rather than a guess or a blank map.
 */
import type { YearSpan } from '$lib/data/timeline';
import { m } from '$lib/paraglide/messages';

export interface YearChoice {
	/** The year to show; null for today, the map as built. */
	year: number | null;
	/** Why the address's year was not used, for a visible notice; null when nothing was wrong. */
	notice: string | null;
}

/** The address's value as the notice quotes it (the message adds the quotation marks): short, whatever was typed. */
function clipped(value: string): string {
	return value.length > 12 ? `${value.slice(0, 12)}…` : value;
}

/** Today, with nothing to say: what a page shows before it can read its address. */
export const TODAY: YearChoice = { year: null, notice: null };

export function readYear(params: URLSearchParams, years: YearSpan): YearChoice {
	const values = params.getAll('year');
	if (values.length === 0) return { year: null, notice: null };
	if (values.length > 1) {
		return { year: null, notice: m.year_notice_many() };
	}
	const value = values[0]!;
	if (!/^\d{1,6}$/.test(value)) {
		return { year: null, notice: m.year_notice_not_year({ value: clipped(value) }) };
	}
	const year = Number(value);
	if (year < years.first || year > years.last) {
		const [first, last] = [String(years.first), String(years.last)];
		return { year: null, notice: m.year_notice_range({ first, last, year: String(year) }) };
	}
	return { year, notice: null };
}

/**
 * `url` showing `year` instead (null: today, no year at all), as a path with its query and
 * fragment. Other parameters stay as they are.
 */
export function withYear(url: URL, year: number | null): string {
	const params = new URLSearchParams(url.search);
	if (year === null) params.delete('year');
	else params.set('year', String(year));
	const query = params.toString();
	return `${url.pathname}${query ? `?${query}` : ''}${url.hash}`;
}

/**
 * The year an atlas address shows. A prerendered page cannot know its query, so the address is
 * read once the page runs. A year chosen since the last navigation is in the history state,
 * since shallow routing leaves `url` as that navigation left it; Back and Forward through
 * shallow entries so find the year each showed.
 */
export function yearOfAddress(url: URL, state: App.PageState, years: YearSpan): YearChoice {
	return state.year === undefined
		? readYear(url.searchParams, years)
		: { year: state.year, notice: null };
}
