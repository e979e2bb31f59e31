/**
 * The year slider's scale: every year the timeline covers, then one more stop for today. Today
 * is not the last year: it is the map as built, which also shows what the source never dates
 * (the forerunners it mentions only in 1974, say), so it gets its own stop after the last year.
 */
import type { YearSpan } from '$lib/data/timeline';

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
	return year === null ? 'Today' : String(year);
}

export interface Mark {
	year: number | null;
	label: string;
	/** Where it stands along the track, 0 at the first year and 1 at today. */
	at: number;
	/** The row of labels it sits in, 0 nearest the track, so that labels never overlap. */
	row: number;
}

/** How wide a label is, in years of the narrowest track the atlas draws, and the space between. */
const LABEL_YEARS = 3;
const GAP_YEARS = 0.5;

/**
 * A mark under the slider for each milestone year, and one for today. Labels are centred on
 * their mark, bar the first, which starts at the track's start, and today's, which stands past
 * its end; each goes in the first row where it clears the label before it.
 */
export function marks(milestones: readonly number[], years: YearSpan): Mark[] {
	const span = years.last + 1 - years.first;
	const inside = milestones.filter((y) => y >= years.first && y <= years.last);
	const rowEnds: number[] = [];
	return [...inside, null].map((year, index) => {
		const value = sliderValue(year, years);
		const start = index === 0 || year === null ? value : value - LABEL_YEARS / 2;
		let row = rowEnds.findIndex((end) => end + GAP_YEARS <= start);
		if (row < 0) row = rowEnds.length;
		rowEnds[row] = start + LABEL_YEARS;
		return { year, label: yearText(year), at: (value - years.first) / span, row };
	});
}
