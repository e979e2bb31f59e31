/**
 * The year slider's scale: every year the timeline covers, then one more stop for today. Today
 * is not the last year: it is the map as built, which also shows what the source never dates
 * (the forerunners it mentions only in 1974, say), so it gets its own stop after the last year.
 */
import type { YearSpan } from '$lib/data/timeline';
import { m } from '$lib/paraglide/messages';

/** The slider's value for a year; today is the stop after the last year. */
export function sliderValue(year: number | null, years: YearSpan): number {
	return year ?? years.last + 1;
}

/** The year a slider value stands for; null for today. */
export function yearOfValue(value: number, years: YearSpan): number | null {
	if (!Number.isFinite(value) || value > years.last) return null;
	return Math.max(years.first, Math.round(value));
}

/** "2010", or "Today". */
export function yearText(year: number | null): string {
	return year === null ? m.timeline_today() : String(year);
}

export interface Mark {
	year: number | null;
	label: string;
	/** Where it stands along the track, 0 at the first year and 1 at today. */
	at: number;
}

/**
 * A mark under the slider for each milestone year, and one for today. Which labels show, and
 * in which row, is decided in the page from their measured widths (see `label-rows.ts`).
 */
export function marks(milestones: readonly number[], years: YearSpan): Mark[] {
	const span = years.last + 1 - years.first;
	const inside = milestones.filter((y) => y >= years.first && y <= years.last);
	return [...inside, null].map((year) => ({
		year,
		label: yearText(year),
		at: (sliderValue(year, years) - years.first) / span
	}));
}
