/**
 * What the map says of a country at a year, so that its words agree with its colours: the
 * tooltip's and panel's status line and each country link's accessible name.
 */
import { m } from '../paraglide/messages';
import type { YearStatus } from './periods';
import { statusInSentence, statusLabel } from './status';
import { knownFromText } from './year-statuses';

/** "Section in 2016 · known from 2015", "No known presence in 1974". */
export function statusLine(at: YearStatus, year: number): string {
	const known = knownFromText(at);
	const label = statusLabel(at.status, true);
	return known
		? m.year_line_known({ label, year: String(year), known })
		: m.year_line({ label, year: String(year) });
}

/** "Brazil in 2016: section, known from 2015". */
export function linkLabel(name: string, at: YearStatus, year: number): string {
	const known = knownFromText(at);
	const args = { country: name, year: String(year), status: statusInSentence(at.status, true) };
	return known ? m.year_link_label_known({ ...args, known }) : m.year_link_label(args);
}
