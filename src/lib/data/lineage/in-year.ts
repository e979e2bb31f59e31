/**
 * Which organisations of the family tree existed in a year, for the year cursor across the tree.
 * Read the way the map reads a country's status periods (`statusAt`): an organisation covers
 * every year its dates touch, a start or end the source does not give is replaced by its first
 * or last dated mention, and one the source dates not at all is shown at the timeline's last
 * year only, the source's present. Nothing is shown outside the timeline's years.
 */
import { periodBounds } from '../periods';
import type { Lineage, LineageOrganisation } from '../schema';
import type { YearSpan } from '../timeline';
import { treeOrder } from './graph';

/** Whether `organisation` existed in `year`, as far as the source dates it. */
export function existsIn(
	organisation: LineageOrganisation,
	year: number,
	years: YearSpan
): boolean {
	if (!Number.isInteger(year) || year < years.first || year > years.last) return false;
	const { start, end } = periodBounds(organisation);
	return year >= (start?.year ?? years.last) && year <= (end?.year ?? years.last);
}

/** The organisations that existed in `year`, in the tree's order. */
export function organisationsIn(
	lineage: Lineage,
	year: number,
	years: YearSpan
): LineageOrganisation[] {
	return treeOrder(lineage).filter((o) => existsIn(o, year, years));
}

/**
 * The year to show when `organisation` is chosen: the year shown if it existed then, else its
 * first dated year (its last one if only that is dated), else the timeline's last year, where an
 * undated organisation is drawn. Today (null) counts as the timeline's last year.
 */
export function yearFor(
	organisation: LineageOrganisation,
	year: number | null,
	years: YearSpan
): number {
	if (year !== null && existsIn(organisation, year, years)) return year;
	const { start, end } = periodBounds(organisation);
	const first = start?.year ?? end?.year ?? years.last;
	return Math.min(Math.max(first, years.first), years.last);
}
