/**
 * A country's tactic at a year of the timeline, by the rule `periods.ts` applies to status: a
 * tactic covers every year its dates touch; a start the source does not date is replaced by the
 * first year it dates (the end), and marked; a tactic it dates not at all, and that has not
 * ended, is shown at the timeline's last year only, the source's present. A tactic that ended
 * on no given date has no year to be shown at.
 */
import { parseDate } from './dates';
import type { Country, Tactic } from './schema';
import { m } from '../paraglide/messages';
import { categoryOf, TACTIC_CATEGORIES, tacticLabel, type TacticCategory } from './tactics';
import type { YearSpan } from './timeline';

export interface YearTactic {
	category: TacticCategory;
	/** The source gives no start, only this year of the tactic's end: mark it "known from". */
	knownFrom?: number;
	/** The source dates the tactic not at all; shown at the timeline's last year only. */
	undated?: true;
}

const yearOf = (date: string | null) => (date ? (parseDate(date)?.year ?? null) : null);

/** The years a tactic is shown at, and how its start is known; null: at no year. */
export function tacticYears(tactic: Tactic, years: YearSpan): (YearTactic & YearSpan) | null {
	const from = yearOf(tactic.from);
	const to = yearOf(tactic.to);
	const ended = to !== null || tactic.ended !== undefined;
	const category = categoryOf(tactic);
	if (from !== null) return { category, first: from, last: to ?? (ended ? from : years.last) };
	if (to !== null) return { category, first: to, last: to, knownFrom: to };
	if (ended) return null;
	return { category, first: years.last, last: years.last, undated: true };
}

/**
 * The tactic that colours a country at the end of `year`: of those the year falls in, the
 * category that says most (as `tacticCategoryOf` chooses today's), dated ones before undated.
 */
export function tacticAt(
	country: Pick<Country, 'tactics'>,
	year: number,
	years: YearSpan
): YearTactic {
	if (!Number.isInteger(year) || year < years.first || year > years.last)
		return { category: 'none' };
	const shown = country.tactics
		.map((t) => tacticYears(t, years))
		.filter((t) => t !== null && year >= t.first && year <= t.last)
		.sort(
			(a, b) =>
				TACTIC_CATEGORIES.indexOf(a!.category) - TACTIC_CATEGORIES.indexOf(b!.category) ||
				Number(!!a!.undated) - Number(!!b!.undated)
		);
	const best = shown[0];
	if (!best) return { category: 'none' };
	const { category, knownFrom, undated } = best;
	return { category, ...(knownFrom !== undefined && { knownFrom }), ...(undated && { undated }) };
}

/** "Entryism: labour party in 1990 · known from 1992", for the tooltip. */
export function tacticLine(at: YearTactic, year: number): string {
	const known = at.undated
		? m.known_undated()
		: at.knownFrom === undefined
			? null
			: m.known_tactic_from({ year: String(at.knownFrom) });
	const label = tacticLabel(at.category);
	return known
		? m.year_line_known({ label, year: String(year), known })
		: m.year_line({ label, year: String(year) });
}
