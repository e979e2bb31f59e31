/**
 * Checks a country's status periods beyond their shape, so that the timeline can trust them:
 * each starts no later than it ends, they follow one another without overlapping, every start
 * or end the source does not date is explained, and the last one agrees with the status the
 * organisations give (`statusOf`), so the timeline ends where the rest of the atlas stands.
 */
import { periodBounds, type Bound } from './periods';
import type { Country, Period } from './schema';
import { statusOf } from './status';

export interface PeriodProblem {
	/** Below the country, for example `['periods', 0, 'from']`. */
	path: Array<string | number>;
	message: string;
}

/** The path of a bound: a dated mention's date sits one level down. */
const fieldOf = (b: Bound) =>
	b.field === 'from' || b.field === 'to' ? [b.field] : [b.field, 'date'];

function ownProblems(p: Period, isLast: boolean): Array<[Array<string | number>, string]> {
	const found: Array<[Array<string | number>, string]> = [];
	const { start, end } = periodBounds(p);
	if (p.from === null && p.fromNote === undefined) {
		found.push([['fromNote'], 'missing: with no from date, say what the source gives instead']);
	}
	if (p.from !== null && p.knownFrom) {
		found.push([['knownFrom'], `only for a start the source does not date; from is "${p.from}"`]);
	}
	if (p.to !== null && p.knownUntil) {
		found.push([['knownUntil'], `only for an end the source does not date; to is "${p.to}"`]);
	}
	if (p.knownUntil && p.toNote === undefined) {
		found.push([['toNote'], 'missing: with knownUntil, say why the source gives no end']);
	}
	if (start && end && start.key > end.key) {
		found.push([fieldOf(start), `"${start.date}" is after the end, ${end.field} "${end.date}"`]);
	}
	if (!start && (!isLast || end)) {
		found.push([
			['from'],
			'no date and no knownFrom: only the last, open-ended period may be undated (the timeline shows it at its last year only)'
		]);
	}
	return found;
}

export function periodProblems(country: Country): PeriodProblem[] {
	const problems: PeriodProblem[] = [];
	const add = (i: number, path: Array<string | number>, message: string) =>
		problems.push({ path: ['periods', i, ...path], message });
	const { periods } = country;
	periods.forEach((period, i) => {
		for (const [path, message] of ownProblems(period, i === periods.length - 1)) {
			add(i, path, message);
		}
		const next = periods[i + 1];
		if (!next) return;
		const { end } = periodBounds(period);
		const { start } = periodBounds(next);
		if (!end) {
			add(i, ['to'], `no end, but periods[${i + 1}] follows: give its end, or knownUntil`);
		} else if (start && start.key < end.key) {
			const overlap = `"${start.date}" overlaps periods[${i}], which ends "${end.date}"`;
			add(i + 1, fieldOf(start), `${overlap}: periods go in date order without overlapping`);
		}
	});
	const last = periods[periods.length - 1];
	const derived = statusOf(country);
	if (last && last.status !== derived) {
		add(
			periods.length - 1,
			['status'],
			`"${last.status}" disagrees with the status the organisations give, "${derived}": the last period is the current one`
		);
	}
	return problems;
}
