/**
 * A table as CSV that spreadsheets open cleanly: RFC 4180 (fields separated by commas, records by
 * CRLF, a field quoted when it holds a comma, a quote or a line break, quotes doubled inside),
 * UTF-8 with a byte-order mark, without which Excel reads the file in the system's code page and
 * garbles every accented name.
 */

/** The byte-order mark, as the first character of the text. */
export const BOM = '\uFEFF';

const NEEDS_QUOTES = /[",\r\n]/;

/** One field as RFC 4180 writes it. */
export function csvField(value: string): string {
	return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The records (the header first) as a CSV file's text, BOM included, ending with CRLF. */
export function toCsv(records: readonly (readonly string[])[]): string {
	return BOM + records.map((record) => record.map(csvField).join(',') + '\r\n').join('');
}
