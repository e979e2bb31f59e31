/**
 * Checks the family tree beyond its shape, so the diagram and the map can trust it: every
 * organisation and country a link or an organisation names is known, a null date says what the
 * source gives instead, each link falls within the dates of both its organisations, and no
 * organisation comes, link by link, from itself. Problems are paths below `lineage`, with
 * messages in the style of `period-checks.ts`.
 */
import { periodBounds, type Bound } from '../periods';
import { parseDate, sortKey } from '../dates';
import type { Lineage, LineageLink, LineageOrganisation } from '../schema';
import { cycleIn, receiverOf } from './graph';

export interface LineageProblem {
	/** Below `lineage`, for example `['links', 2, 'to']`. */
	path: Array<string | number>;
	message: string;
}

type Found = Array<[Array<string | number>, string]>;

/** Where a dataset date's span ends, in `sortKey` units: the end of its year, month or days. */
function endKey(text: string): number {
	const date = parseDate(text)!;
	if (date.month === null) return date.year + 1;
	if (date.day === null) return date.year + date.month / 12;
	return sortKey(date) + ((date.endDay ?? date.day) - date.day + 1) / 372;
}

function organisationProblems(o: LineageOrganisation, known: ReadonlySet<string> | null): Found {
	const found: Found = [];
	if (o.name === null && o.label === undefined)
		found.push([['label'], 'missing: with no name, say what the source calls it']);
	if (o.name !== null && o.label !== undefined)
		found.push([
			['label'],
			`only for an organisation the source does not name; its name is "${o.name}"`
		]);
	if (o.from === null && o.fromNote === undefined)
		found.push([['fromNote'], 'missing: with no from date, say what the source gives instead']);
	if (o.to === null && o.toNote === undefined)
		found.push([['toNote'], 'missing: with no to date, say whether the source gives an end']);
	if (o.from !== null && o.knownFrom)
		found.push([['knownFrom'], `only for a start the source does not date; from is "${o.from}"`]);
	if (o.to !== null && o.knownUntil)
		found.push([['knownUntil'], `only for an end the source does not date; to is "${o.to}"`]);
	const { start, end } = periodBounds(o);
	if (start && end && start.key > end.key)
		found.push([[start.field], `"${start.date}" is after the end, ${end.field} "${end.date}"`]);
	o.countries.forEach((iso2, i) => {
		if (known && !known.has(iso2))
			found.push([['countries', i], `"${iso2}" is not a country of the dataset`]);
		else if (o.countries.indexOf(iso2) < i)
			found.push([['countries', i], `"${iso2}" is listed twice`]);
	});
	return found;
}

const SHARED = new Set<LineageLink['type']>(['split-from', 'stayed-in']);

/** The link's date against one of its organisations' bounds, as far as both are dated. */
function outside(date: string, id: string, start: Bound | null, end: Bound | null): string | null {
	const key = sortKey(parseDate(date)!);
	if (start && endKey(date) <= start.key)
		return `"${date}" is before organisation "${id}" begins (${start.field} "${start.date}")`;
	if (end && key >= endKey(end.date))
		return `"${date}" is after organisation "${id}" ends (${end.field} "${end.date}")`;
	return null;
}

function linkProblems(link: LineageLink, byId: ReadonlyMap<string, LineageOrganisation>): Found {
	const found: Found = [];
	for (const end of ['from', 'to'] as const) {
		if (!byId.has(link[end]))
			found.push([[end], `"${link[end]}" is not an organisation of the lineage`]);
	}
	if (link.from === link.to) found.push([['to'], 'links an organisation to itself']);
	if (link.date === null && link.dateNote === undefined)
		found.push([['dateNote'], 'missing: with no date, say what the source gives instead']);
	if (link.share && !SHARED.has(link.type))
		found.push([['share'], `only for a split or a part that stayed, not "${link.type}"`]);
	const receiver = byId.get(receiverOf(link));
	link.countries?.forEach((iso2, i) => {
		if (receiver && !receiver.countries.includes(iso2))
			found.push([['countries', i], `"${iso2}" is not among the countries of "${receiver.id}"`]);
	});
	for (const end of ['from', 'to'] as const) {
		const o = byId.get(link[end]);
		if (!o || link.date === null) continue;
		const { start, end: last } = periodBounds(o);
		const problem = outside(link.date, o.id, start, last);
		if (problem) found.push([['date'], problem]);
	}
	return found;
}

/**
 * Every problem with a well-formed lineage. `known` holds the dataset's country codes, or is null
 * when those are themselves wrong: a mistyped code is then reported once, at its country, rather
 * than again at every organisation that spans the country.
 */
export function lineageProblems(
	lineage: Lineage,
	known: ReadonlySet<string> | null
): LineageProblem[] {
	const problems: LineageProblem[] = [];
	const byId = new Map(lineage.organisations.map((o) => [o.id, o]));
	lineage.organisations.forEach((o, i) => {
		for (const [path, message] of organisationProblems(o, known))
			problems.push({ path: ['organisations', i, ...path], message });
	});
	lineage.links.forEach((link, i) => {
		for (const [path, message] of linkProblems(link, byId))
			problems.push({ path: ['links', i, ...path], message });
	});
	const loop = cycleIn(lineage.links.filter((l) => l.from !== l.to));
	if (loop) {
		const i = lineage.links.findIndex((l) => l.id === loop[0]);
		const chain = loop.map((id) => `"${id}"`).join(' → ');
		const message = `closes a loop: links ${chain} lead back to where they start`;
		problems.push({ path: ['links', i, 'to'], message });
	}
	return problems;
}
