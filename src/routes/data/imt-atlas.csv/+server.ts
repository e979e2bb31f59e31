// The atlas as a spreadsheet, one row per country, written once at build time (in English: the
// address has no language, so the messages are English).
import { countries, source } from '$lib/data/dataset';
import { toCsv } from '$lib/data/export/csv';
import { countryTable } from '$lib/data/export/rows';

export const prerender = true;

export function GET(): Response {
	return new Response(toCsv(countryTable(countries, source)), {
		headers: { 'content-type': 'text/csv; charset=utf-8; header=present' }
	});
}
