/**
 * Putting dated facts in order and saying when they happened, as precisely as the source does
 * and no more. Undated facts keep their place at the end, with what the source does say.
 */
import { m } from '../paraglide/messages';
import { formatDate, parseDate, sortKey, type DateRole } from './dates';
import type { AtlasEvent, Tactic } from './schema';

/**
 * Formats a dataset date, alone or as the start or end of a span ("from early 1992"); dates are
 * validated at build time, so a bad one is a bug.
 */
export function formatDateText(text: string, role: DateRole = 'on'): string {
	const date = parseDate(text);
	if (!date) throw new Error(`unparseable date "${text}"`);
	return formatDate(date, undefined, role);
}

function keyOf(text: string | null): number {
	const date = text === null ? null : parseDate(text);
	return date ? sortKey(date) : Number.POSITIVE_INFINITY;
}

/** Events by date; undated events last, in the order the dataset gives them. */
export function inDateOrder<T extends Pick<AtlasEvent, 'date'>>(events: readonly T[]): T[] {
	return events
		.map((event, index) => ({ event, index, key: keyOf(event.date) }))
		.sort((a, b) => a.key - b.key || a.index - b.index)
		.map(({ event }) => event);
}

/** "2008 – 5 May 2015", "from 2016", "until early 1992", "ended; dates not given in the source". */
export function tacticSpan(tactic: Pick<Tactic, 'from' | 'to' | 'ended'>): string {
	if (tactic.from && tactic.to)
		return m.span_range({ from: formatDateText(tactic.from), to: formatDateText(tactic.to) });
	if (tactic.from) {
		const from = formatDateText(tactic.from, 'from');
		return tactic.ended ? m.span_from_ended({ from }) : from;
	}
	if (tactic.to) return formatDateText(tactic.to, 'until');
	return tactic.ended ? m.span_ended_undated() : m.span_undated();
}

/**
 * When a fact happened, at the head of a line: its date ("Early 1992", capitalised as a line
 * starts), or a note that the source gives none.
 */
export function whenText(event: Pick<AtlasEvent, 'date' | 'dateNote'>): string {
	if (!event.date) return m.when_not_given();
	const text = formatDateText(event.date);
	return text[0]!.toUpperCase() + text.slice(1);
}
