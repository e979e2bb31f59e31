/**
 * Dates exactly as precise as the source gives them: a year, a month or a day, optionally
 * qualified ("early 1992", "late 2009", "end of 2002") or a range of days ("3–4 May 2019").
 * Written in the dataset as `[early |late |end ]YYYY[-MM[-DD]]` or `YYYY-MM-DD/YYYY-MM-DD`.
 */
import { getLocale, type Locale } from '../paraglide/runtime';
import { m } from '../paraglide/messages';
import { elide } from '../i18n/elision';

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

// English dates are written the British way, as the dataset's prose writes them: "5 May 2015".
const INTL_LOCALE: Partial<Record<Locale, string>> = { en: 'en-GB' };
const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: Locale, withDay: boolean): Intl.DateTimeFormat {
	const key = `${locale}:${withDay}`;
	let found = formats.get(key);
	if (!found) {
		found = new Intl.DateTimeFormat(INTL_LOCALE[locale] ?? locale, {
			day: withDay ? 'numeric' : undefined,
			month: 'long',
			year: 'numeric',
			timeZone: 'UTC'
		});
		formats.set(key, found);
	}
	return found;
}

/**
 * Builds the date formats of `locale` ahead of use. A page's first Intl.DateTimeFormat loads
 * ICU's locale data: a CPU profile of the first click on a country at 4x throttle showed about
 * 77 ms in this constructor alone, the largest single cost of that click.
 */
export function prepareDateFormats(locale: Locale = getLocale()): void {
	format(locale, true);
	format(locale, false);
}

/**
 * How a date stands in a sentence: alone, as a start ("since …"), as an end ("until …"), or as
 * the moment something happened ("in 2006", "on 5 May 2015").
 */
export type DateRole = 'on' | 'from' | 'until' | 'in';

type Phrase = (inputs: { date: string; kind: string }, options: { locale: Locale }) => string;
const PHRASES: Record<DateRole, Phrase> = {
	on: m.date_on,
	from: m.date_from,
	until: m.date_until,
	in: m.date_in
};

/**
 * What a language's phrase turns on: how precise the date is and how it is qualified
 * ("early_year", "month", "day"). Italian writes "dall’inizio del 1992" but "da marzo 1992",
 * French "jusqu’en 1992" but "jusqu’au 5 mai 2015": the preposition is part of the phrase.
 */
function kindOf(date: PartialDate): string {
	const unit = date.day !== null ? 'day' : date.month !== null ? 'month' : 'year';
	return date.qualifier ? `${date.qualifier}_${unit}` : unit;
}

/**
 * The date as `locale` writes it, month names and word order from Intl, the approximate words
 * and the preposition (for `role` "from" or "until") from the messages, as one phrase: "5 May
 * 2015", "3–4 May 2019", "early 1992", "from the end of 2002" in English; "5 de mayo de 2015",
 * "desde principios de 1992" in Spanish; "début mars 2009" in French; "dall’8 maggio 2015" in
 * Italian (see `elision.ts`).
 */
export function formatDate(
	date: PartialDate,
	locale: Locale = getLocale(),
	role: DateRole = 'on'
): string {
	let core = String(date.year);
	if (date.month !== null) {
		const at = Date.UTC(date.year, date.month - 1, date.day ?? 1);
		// A range of days is the first day's date with its day written as the range: Intl's own
		// formatRange pads or spaces the days differently from one language to the next.
		core = format(locale, date.day !== null)
			.formatToParts(at)
			.map((part) =>
				part.type === 'day' && date.endDay ? `${date.day}–${date.endDay}` : part.value
			)
			.join('');
	}
	return elide(PHRASES[role]({ date: core, kind: kindOf(date) }, { locale }), locale);
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
