/**
 * Dates exactly as precise as the source gives them: a year, a month or a day, optionally
 * qualified ("early 1992", "late 2009", "end of 2002") or a range of days ("3–4 May 2019").
 * Written in the dataset as `[early |late |end ]YYYY[-MM[-DD]]` or `YYYY-MM-DD/YYYY-MM-DD`.
 */
export type Qualifier = 'early' | 'late' | 'end';

export interface PartialDate {
	qualifier: Qualifier | null;
	year: number;
	month: number | null;
	day: number | null;
	/** Last day of a range, in the same month and year as the first. */
	endDay: number | null;
}

const PATTERN =
	/^(?:(early|late|end) )?(\d{4})(?:-(\d{2})(?:-(\d{2})(?:\/(\d{4})-(\d{2})-(\d{2}))?)?)?$/;
const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

function daysIn(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses a dataset date; returns null for anything that is not a real calendar date. */
export function parseDate(text: string): PartialDate | null {
	const m = PATTERN.exec(text);
	if (!m) return null;
	const [, qualifier, y, mo, d, y2, mo2, d2] = m;
	const year = Number(y);
	const month = mo === undefined ? null : Number(mo);
	const day = d === undefined ? null : Number(d);
	if (month !== null && (month < 1 || month > 12)) return null;
	if (month !== null && day !== null && (day < 1 || day > daysIn(year, month))) return null;
	// "early 3 May" says nothing a day does not: a qualifier goes with a year or a month only.
	if (qualifier && day !== null) return null;
	let endDay: number | null = null;
	if (y2 !== undefined) {
		if (Number(y2) !== year || Number(mo2) !== month || qualifier) return null;
		endDay = Number(d2);
		if (day === null || endDay <= day || endDay > daysIn(year, month ?? 1)) return null;
	}
	return { qualifier: (qualifier as Qualifier | undefined) ?? null, year, month, day, endDay };
}

/** "5 May 2015", "March 2009", "early 1992", "end of 2002", "3–4 May 2019". */
export function formatDate(date: PartialDate): string {
	const parts: string[] = [];
	if (date.day !== null) parts.push(date.endDay ? `${date.day}–${date.endDay}` : `${date.day}`);
	if (date.month !== null) parts.push(MONTHS[date.month - 1] ?? '');
	parts.push(String(date.year));
	const core = parts.join(' ');
	if (date.qualifier === 'end') return `end of ${core}`;
	return date.qualifier ? `${date.qualifier} ${core}` : core;
}

const QUALIFIER_START: Record<Qualifier, number> = { early: 0, late: 0.66, end: 0.85 };

/**
 * A number that orders dates by the start of the span they name: "early 1992" before
 * "March 1992", "late 2009" before "January 2010". A coarser date sorts before a finer one
 * that starts at the same moment, so "2015" comes before "5 May 2015".
 */
export function sortKey(date: PartialDate): number {
	const span = date.month === null ? 1 : 1 / 12;
	const start = date.month === null ? 0 : (date.month - 1) / 12;
	const monthSpan = 1 / 12;
	const dayStart = date.day === null || date.month === null ? 0 : ((date.day - 1) / 31) * monthSpan;
	const qualifier = date.qualifier ? QUALIFIER_START[date.qualifier] * span : 0;
	const precision = date.day !== null ? 2e-6 : date.month !== null ? 1e-6 : 0;
	return date.year + start + dayStart + qualifier + precision;
}
