/**
 * The atlas as a table, one record per country, for the CSV download: what a spreadsheet reader
 * needs to sort and filter (code, name, status, organisations, tactics, first and last dated
 * event) and where each country's facts stand in the source. Words come from the messages, so the
 * table is in the language it is made in; dates stay as the dataset writes them (`2015-05-05`,
 * `early 1992`), which sort and parse better than prose.
 */
import { inDateOrder, tacticSpan } from '../chronology';
import { citedFacts } from '../facts';
import { bodyName } from '../names';
import type { Country, Source } from '../schema';
import { attribution } from './citation';
import { statusLabel, statusOf } from '../status';
import { describeTactic } from '../tactics';

/** Column names: stable identifiers for scripts, not interface words. */
export const COLUMNS = [
	'iso2',
	'name',
	'status',
	'organisations',
	'tactics',
	'first_event_date',
	'first_event',
	'last_event_date',
	'last_event',
	'source_paragraphs',
	'licence',
	'attribution'
] as const;

/** What separates several values in one field. */
export const LIST_SEPARATOR = '; ';

/** "Entryism, Labour Party, a labour party (1964 – early 1992)". */
function tacticBrief(tactic: Country['tactics'][number]): string {
	const { type, party } = describeTactic(tactic);
	return `${party ? `${type}, ${party}` : type} (${tacticSpan(tactic)})`;
}

/** The paragraphs of the source the country's facts cite, in order, each once. */
export function paragraphsCited(country: Country): number[] {
	const paras = citedFacts({ countries: [country] }).flatMap((fact) =>
		fact.cite.map((c) => c.para)
	);
	return [...new Set(paras)].sort((a, b) => a - b);
}

/**
 * One country's record, in the order of COLUMNS. Every record names the licence and the
 * attribution it asks for: a CSV file has no other place for them that every reader keeps.
 */
export function countryRecord(country: Country, source: Source): string[] {
	const dated = inDateOrder(country.events.filter((event) => event.date !== null));
	const first = dated.at(0);
	const last = dated.at(-1);
	return [
		country.iso2,
		country.name,
		statusLabel(statusOf(country), false),
		country.bodies.map(bodyName).join(LIST_SEPARATOR),
		country.tactics.map(tacticBrief).join(LIST_SEPARATOR),
		first?.date ?? '',
		first?.text ?? '',
		last?.date ?? '',
		last?.text ?? '',
		paragraphsCited(country).join(LIST_SEPARATOR),
		source.licence,
		attribution(source)
	];
}

/** The header, then a record per country in the order given. */
export const countryTable = (countries: readonly Country[], source: Source): string[][] => [
	[...COLUMNS],
	...countries.map((country) => countryRecord(country, source))
];
