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
	/** The row of labels it sits in, 0 nearest the track, so that labels never overlap. */
	row: number;
}

/** A label's width with the space after it, in ems: four digits and a little room. */
const LABEL_EM = 2.8;

/**
 * How many years a label spans on a track `trackPx` wide, labels `emPx` high; the track keeps
 * `tailEm` past its end for today's label. Narrow tracks so get more rows of labels.
 */
export function labelYears(trackPx: number, emPx: number, years: YearSpan, tailEm = 3): number {
	const perYear = (trackPx - tailEm * emPx) / (years.last + 1 - years.first);
	return perYear > 0 ? (LABEL_EM * emPx) / perYear : Number.POSITIVE_INFINITY;
}

/**
 * A mark under the slider for each milestone year, and one for today. Labels are centred on
 * their mark, bar the first, which starts at the track's start, and today's, which stands past
 * its end; each goes in the first row where it clears the label before it. `width` is a
 * label's width in years (see `labelYears`).
 */
export function marks(milestones: readonly number[], years: YearSpan, width = 3.5): Mark[] {
	const span = years.last + 1 - years.first;
	const inside = milestones.filter((y) => y >= years.first && y <= years.last);
	const rowEnds: number[] = [];
	return [...inside, null].map((year, index) => {
		const value = sliderValue(year, years);
		// A label that starts at its mark still wants room before it: the gap is part of `width`.
		const start = index === 0 || year === null ? value - width / 5 : value - width / 2;
		let row = rowEnds.findIndex((end) => end <= start);
		if (row < 0) row = rowEnds.length;
		rowEnds[row] = start + width;
		return { year, label: yearText(year), at: (value - years.first) / span, row };
	});
}
