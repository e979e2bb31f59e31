/**
 * The list page's table: a row per country with what its columns sort by, at today or at a year
 * of the timeline, filtered to one class of either colouring and sorted as the address asks.
 * Names sort in the page's language (Spanish puts "Ñ" after "N"); a class sorts in the legend's
 * order; a country with no dated event comes last whichever way the column runs; ties go by name.
 */
import type { ListClass, ListView } from '../state/list-param';
import { inDateOrder } from './chronology';
import { parseDate, sortKey } from './dates';
import type { YearStatus } from './periods';
import type { Country } from './schema';
import { STATUSES, statusOf, type Status } from './status';
import type { YearTactic } from './tactic-at';
import { TACTIC_CATEGORIES, tacticCategoryOf, type TacticCategory } from './tactics';

export interface ListRow {
	country: Country;
	status: Status;
	tactic: TacticCategory;
	/** The first dated event's date as the dataset writes it (`early 1992`); null: none dated. */
	first: string | null;
}

/** The date of the country's first dated event, or null when the source dates none. */
export function firstDated(country: Pick<Country, 'events'>): string | null {
	return inDateOrder(country.events.filter((e) => e.date !== null)).at(0)?.date ?? null;
}

/** A row per country, as it stood at the year of `statuses` and `tactics`, or today (null). */
export function listRows(
	countries: readonly Country[],
	statuses: ReadonlyMap<string, YearStatus> | null,
	tactics: ReadonlyMap<string, YearTactic> | null
): ListRow[] {
	return countries.map((country) => ({
		country,
		status: statuses ? (statuses.get(country.iso2)?.status ?? 'none') : statusOf(country),
		tactic: tactics ? (tactics.get(country.iso2)?.category ?? 'none') : tacticCategoryOf(country),
		first: firstDated(country)
	}));
}

export const inClass = (row: ListRow, filter: ListClass | null): boolean =>
	filter === null || (filter.by === 'status' ? row.status : row.tactic) === filter.key;

const firstKey = (row: ListRow) => {
	const date = row.first === null ? null : parseDate(row.first);
	return date ? sortKey(date) : null;
};

/** The rows of the view's class, in its order. */
export function arrange(rows: readonly ListRow[], view: ListView, locale: string): ListRow[] {
	const collator = new Intl.Collator(locale);
	const byName = (a: ListRow, b: ListRow) => collator.compare(a.country.name, b.country.name);
	const sign = view.order === 'asc' ? 1 : -1;
	const primary: Record<ListView['sort'], (a: ListRow, b: ListRow) => number> = {
		name: (a, b) => sign * byName(a, b),
		status: (a, b) => sign * (STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status)),
		tactic: (a, b) =>
			sign * (TACTIC_CATEGORIES.indexOf(a.tactic) - TACTIC_CATEGORIES.indexOf(b.tactic)),
		first: (a, b) => {
			const [ka, kb] = [firstKey(a), firstKey(b)];
			if (ka === null || kb === null) return Number(ka === null) - Number(kb === null);
			return sign * (ka - kb);
		}
	};
	const compare = primary[view.sort];
	return rows
		.filter((row) => inClass(row, view.filter))
		.sort((a, b) => compare(a, b) || byName(a, b));
}
